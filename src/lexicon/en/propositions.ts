/**
 * Words that turn a statement into a comparable proposition: nouns for a state's armed forces, the
 * words that place them somewhere, and phrases that lay an event at someone's door.
 * Source: general English news usage and the actor categories of ACLED ("military forces of X"),
 * written here. Country names, demonyms and capitals never appear here: they come from world-countries.
 */

/** Head nouns (lower-case, possibly two words) that name a state's armed forces or their members. */
export const FORCE_NOUNS = [
  'troops', 'troop', 'soldiers', 'soldier', 'forces', 'armed forces', 'military personnel', 'personnel',
  'servicemen', 'service members', 'military advisers', 'military advisors', 'advisers', 'advisors',
  'marines', 'paratroopers', 'special forces', 'officers', 'military officers', 'army', 'military',
  'boots on the ground', 'contingent', 'battalion', 'battalions', 'units', 'mercenaries', 'agents',
  'air force', 'navy', 'coast guard', 'air defences', 'air defenses', 'air defence units', 'air defense units',
] as const

/**
 * Words that may stand between the nationality and the force noun without changing who the forces
 * belong to ("Freedonian regular troops", "Freedonian military personnel").
 */
export const FORCE_QUALIFIERS = [
  'military', 'armed', 'regular', 'elite', 'special', 'active-duty', 'combat', 'ground', 'army',
  'navy', 'naval', 'air', 'security', 'intelligence', 'uniformed', 'serving', 'any', 'no', 'the',
] as const

/** Words after the force noun that name whose they are: "soldiers sent by X", "troops from X". */
export const SENDER_WORDS = ['sent by', 'sent from', 'from', 'of', 'deployed by', 'dispatched by', 'belonging to'] as const

/**
 * Words that place forces in a country now: "troops in X", "stationed in X", "deployed to X". A bare
 * "to" or "into" is left out: "will send troops to X" speaks of a future presence, not a present one.
 */
export const PLACE_WORDS = ['in', 'inside', 'within', 'across', 'on the ground in', 'on the soil of', 'deployed to', 'stationed at'] as const

/** Words that, written instead of a country, mean the last country the text placed something in. */
export const THE_COUNTRY = ['the country', 'that country', 'the nation'] as const

/** Possessive pronouns that make the forces the speaker's own ("its troops", "our soldiers"). */
export const OWN_POSSESSIVES = ['its', 'our', 'their'] as const

/** Phrases that lay an event at an actor's door: "X carried out the attack", "X was behind the raid". */
export const RESPONSIBILITY_PHRASES = [
  'carried out', 'was behind', 'were behind', 'is behind', 'are behind', 'was responsible for',
  'were responsible for', 'is responsible for', 'are responsible for', 'launched', 'ordered', 'staged',
  'conducted', 'perpetrated', 'took part in', 'participated in', 'had a hand in', 'claimed responsibility for',
] as const
