/**
 * Nouns that name a government or stand for it, and nouns of acts a state performs, so that
 * "the Freedonian regime" and "Freedonia's statement" read as that government.
 * Source: general English news vocabulary, written here.
 */

/** Head nouns of a government phrase: "the <demonym> government", "the government in <capital>". */
export const GOVERNMENT_NOUNS = [
  'government', 'governments', 'regime', 'regimes', 'authorities', 'administration', 'administrations',
  'leadership', 'cabinet', 'junta', 'juntas', 'executive', 'presidency', 'nation',
] as const

/** Words that may stand between "the" and the country word: "the official Freedonian government". */
export const GOVERNMENT_MODIFIERS = [
  'official', 'new', 'former', 'previous', 'current', 'interim', 'transitional', 'military', 'civilian',
  'communist', 'socialist', 'federal', 'central', 'national', 'provisional', 'de', 'facto', 'ruling',
  'outgoing', 'incoming', 'authoritarian', 'revolutionary', 'elected', 'caretaker', 'islamist',
] as const

/**
 * Acts and utterances a state performs: a country word before or possessing one of these is the
 * government acting ("the Freedonian attack", "Freedonia's statement"), not the land or its people.
 */
export const STATE_ACT_NOUNS = [
  'statement', 'statements', 'announcement', 'declaration', 'decision', 'decree', 'response', 'reply',
  'denial', 'denials', 'claim', 'claims', 'position', 'stance', 'demand', 'demands', 'proposal', 'offer',
  'warning', 'threat', 'threats', 'accusation', 'accusations', 'refusal', 'admission', 'protest',
  'condemnation', 'attack', 'attacks', 'assault', 'strike', 'strikes', 'airstrike', 'airstrikes',
  'operation', 'operations', 'intervention', 'invasion', 'offensive', 'raid', 'raids', 'bombing',
  'bombardment', 'blockade', 'sanctions', 'embargo', 'incursion', 'occupation', 'annexation', 'deployment',
  'crackdown', 'policy', 'policies', 'plan', 'figure', 'figures', 'count', 'toll', 'tally', 'estimate',
  'insistence', 'assertion', 'assertions', 'assurance', 'assurances', 'allegation', 'allegations', 'rejection',
] as const

/** Adjectives allowed between the country word and the act: "the Freedonian military intervention". */
export const ACT_MODIFIERS = [
  'military', 'naval', 'air', 'ground', 'missile', 'drone', 'diplomatic', 'official', 'initial', 'latest',
  'new', 'first', 'surprise', 'covert', 'armed', 'special', 'joint', 'economic', 'foreign', 'formal', 'own',
  'death', 'revised',
] as const

/**
 * Seats of government that news writes for the government itself ("the Pentagon said", "a Kremlin
 * spokesman"), read as its capital is: acting, they are the government; before an office, its member.
 */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  Pentagon: 'US', 'White House': 'US', 'State Department': 'US', Kremlin: 'RU', 'Downing Street': 'GB',
  Elysee: 'FR', 'Élysée': 'FR',
}
