/**
 * Event trigger words, by kind, as data.
 * Source: the event classes of ACLED (battles, explosions/remote violence, strategic developments)
 * and CAMEO (assault, coerce: arrest, declare), with the TimeML EVENT guidelines' trigger forms
 * (nominal and verbal), written here.
 */

/**
 * The class decides which mentions may be one event; the kind is what the user sees.
 * Violent classes are the ones casualty figures attach to.
 */
export type EventClass =
  | 'attack' | 'decree' | 'arrest' | 'dismissal' | 'ceasefire' | 'resignation' | 'abduction' | 'assassination' | 'talks'
  | 'capture' | 'incursion' | 'killing' | 'clash' | 'explosion' | 'crash' | 'protest' | 'sanctions' | 'agreement'
  | 'expulsion' | 'charge' | 'inspection' | 'vote' | 'seizure' | 'withdrawal' | 'deployment'

/** The kind each class gives by default; the newer classes are named as src/lexicon/event-kinds.ts names them. */
export const EVENT_KINDS: Readonly<Record<EventClass, string>> = {
  attack: 'military operation', decree: 'decree', arrest: 'arrest', dismissal: 'dismissal',
  ceasefire: 'ceasefire', resignation: 'resignation', abduction: 'abduction', assassination: 'assassination', talks: 'talks',
  capture: 'territorial capture', incursion: 'incursion', killing: 'killing', clash: 'clash', explosion: 'explosion',
  crash: 'crash', protest: 'protest', sanctions: 'sanctions', agreement: 'agreement', expulsion: 'expulsion',
  charge: 'charge', inspection: 'inspection', vote: 'vote', seizure: 'seizure', withdrawal: 'withdrawal',
  deployment: 'deployment',
}

/** The kind of src/lexicon/event-kinds.ts each class is, for its PLOVER category ("military operation" is an attack). */
export const TAXONOMY_KINDS: Readonly<Record<EventClass, string>> = {
  attack: 'attack', decree: 'decree', arrest: 'arrest', dismissal: 'dismissal', ceasefire: 'ceasefire',
  resignation: 'resignation', abduction: 'kidnapping', assassination: 'assassination', talks: 'talks',
  capture: 'territorial capture', incursion: 'incursion', killing: 'killing', clash: 'clash', explosion: 'explosion',
  crash: 'crash', protest: 'protest', sanctions: 'sanctions', agreement: 'agreement', expulsion: 'expulsion',
  charge: 'charge', inspection: 'inspection', vote: 'vote', seizure: 'seizure', withdrawal: 'withdrawal',
  deployment: 'deployment',
}

/** Kinds a trigger gives beyond its class's own, with the class they belong to (for merging across articles). */
export const NARROWER_KINDS: Readonly<Record<string, EventClass>> = {
  meeting: 'talks', visit: 'talks', shooting: 'killing', bombing: 'explosion', blockade: 'sanctions', 'shoot-down': 'attack',
}

export const VIOLENT_CLASSES: readonly EventClass[] = ['attack', 'abduction', 'assassination', 'killing', 'clash', 'explosion', 'crash']

/** Classes news reports before they happen ("talks next week"): an undated mention may lie after its article. */
export const PLANNED_CLASSES: readonly EventClass[] = ['talks']

export type TriggerForm = 'noun' | 'verb'

export interface TriggerEntry {
  readonly cls: EventClass
  readonly form: TriggerForm
  /**
   * `weak` triggers have everyday senses ("the operation on her knee", "strike action", "fired a shot"):
   * they count only with an agent, a military modifier, or a person as target.
   */
  readonly weak?: boolean
  /** A kind narrower than the class gives ("meeting" of talks, "shooting" of killing). */
  readonly kind?: string
  /** Also a verb form or adjective ("killing 12 people"): a noun only after a determiner or modifier. */
  readonly determined?: boolean
  /**
   * A weak verb that its subject makes an event: a crowd of people ("protesters marched", not "troops marched"),
   * armed forces ("the contingent arrived", not "the mail arrived"), or a craft ("the jet went down", not "prices went down").
   */
  readonly subject?: 'crowd' | 'force' | 'craft'
}

const noun = (cls: EventClass, weak = false): TriggerEntry => ({ cls, form: 'noun', weak })
const verb = (cls: EventClass, weak = false): TriggerEntry => ({ cls, form: 'verb', weak })
/** A noun that is also a verb form or an adjective, so it needs a determiner or modifier. */
const determined = (cls: EventClass, kind?: string): TriggerEntry => ({ cls, form: 'noun', determined: true, ...(kind ? { kind } : {}) })
const kindOf = (entry: TriggerEntry, kind: string): TriggerEntry => ({ ...entry, kind })
const crowd = (cls: EventClass): TriggerEntry => ({ cls, form: 'verb', weak: true, subject: 'crowd' })
const forces = (cls: EventClass): TriggerEntry => ({ cls, form: 'verb', weak: true, subject: 'force' })
const craftFell = (cls: EventClass): TriggerEntry => ({ cls, form: 'verb', weak: true, subject: 'craft' })

/** Lower-case token sequences. Plural nouns count only when made specific ("the raids"). */
export const EVENT_TRIGGERS: Readonly<Record<string, TriggerEntry>> = {
  attack: noun('attack'), attacks: noun('attack'), assault: noun('attack'), assaults: noun('attack'),
  strike: noun('attack', true), strikes: noun('attack', true), airstrike: noun('attack'),
  airstrikes: noun('attack'), 'air strike': noun('attack'), 'air strikes': noun('attack'),
  bombing: noun('attack'), bombings: noun('attack'), bombardment: noun('attack'), raid: noun('attack'),
  raids: noun('attack'), offensive: noun('attack', true), invasion: noun('attack'), incursion: noun('attack'),
  intervention: noun('attack', true), operation: noun('attack', true), operations: noun('attack', true),
  shelling: noun('attack'), ambush: noun('attack'), seizure: noun('attack', true), incursions: noun('attack'),
  attacked: verb('attack'), assaulted: verb('attack'), bombed: verb('attack'), raided: verb('attack'),
  invaded: verb('attack'), shelled: verb('attack'), ambushed: verb('attack'), stormed: verb('attack'),
  arrest: noun('arrest'), arrests: noun('arrest'), detention: noun('arrest'), arrested: verb('arrest'),
  detained: verb('arrest'), 'taken into custody': verb('arrest'),
  dismissal: noun('dismissal'), sacking: noun('dismissal'), ouster: noun('dismissal'),
  dismissed: verb('dismissal', true), sacked: verb('dismissal', true), fired: verb('dismissal', true),
  'removed from office': verb('dismissal'), 'removed from his post': verb('dismissal'),
  'removed from her post': verb('dismissal'), ousted: verb('dismissal', true),
  decree: noun('decree'), decrees: noun('decree'),
  ceasefire: noun('ceasefire'), 'cease-fire': noun('ceasefire'), truce: noun('ceasefire'), armistice: noun('ceasefire'),
  resignation: noun('resignation'), resigned: verb('resignation'),
  abduction: noun('abduction'), kidnapping: noun('abduction'), abducted: verb('abduction'), kidnapped: verb('abduction'),
  'took hostage': verb('abduction'), 'taken hostage': verb('abduction'), 'seized hostage': verb('abduction'),
  assassination: noun('assassination'), assassinated: verb('assassination'),
  conquest: noun('attack'), 'power grab': noun('attack'), 'power-grab': noun('attack'),
  'shot down': kindOf(verb('attack'), 'shoot-down'), downing: kindOf(determined('attack'), 'shoot-down'),
  // Killings, clashes, blasts and accidents (PLOVER ASSAULT; accidents have no category). A killing verb
  // beside another violent event of its sentence is that event's outcome (see merge.ts).
  killing: determined('killing'), killings: noun('killing'), slaying: noun('killing'), slayings: noun('killing'),
  murder: determined('killing'), massacre: noun('killing'), bloodshed: determined('killing'),
  shooting: determined('killing', 'shooting'), shootings: kindOf(noun('killing'), 'shooting'),
  killed: verb('killing', true), slain: verb('killing', true), murdered: verb('killing', true),
  'shot dead': kindOf(verb('killing'), 'shooting'), 'gunned down': kindOf(verb('killing'), 'shooting'),
  'opened fire': kindOf(verb('killing'), 'shooting'),
  clash: noun('clash'), clashes: noun('clash'), clashed: verb('clash'), skirmish: noun('clash'), skirmishes: noun('clash'),
  explosion: noun('explosion'), explosions: noun('explosion'), blast: noun('explosion'), blasts: noun('explosion'),
  exploded: verb('explosion'), 'blew up': kindOf(verb('explosion'), 'bombing'), 'blowing up': kindOf(verb('explosion'), 'bombing'),
  detonated: verb('explosion'),
  crash: noun('crash'), crashes: noun('crash'), crashed: verb('crash'), 'plane crash': noun('crash'),
  'crash-landed': verb('crash'), 'went down': craftFell('crash'), 'came down': craftFell('crash'), plunged: craftFell('crash'),
  wreck: noun('crash'), shipwreck: noun('crash'), sinking: determined('crash'), sank: verb('crash', true),
  // Dissent (PLOVER PROTEST).
  protest: noun('protest', true), protests: noun('protest'), demonstration: noun('protest', true), demonstrations: noun('protest'),
  rally: noun('protest', true), rallies: noun('protest'), 'sit-in': noun('protest'),
  protested: verb('protest'), demonstrated: crowd('protest'), rallied: crowd('protest'), marched: crowd('protest'),
  // The law (PLOVER COERCE, SANCTION): charges, warrants, roundups, expulsions.
  roundup: noun('arrest'), 'arrest warrant': noun('charge'), 'arrest warrants': noun('charge'),
  charge: noun('charge', true), charges: noun('charge', true), 'charged with': verb('charge'), indicted: verb('charge'),
  expulsion: noun('expulsion'), expelled: verb('expulsion'),
  // Diplomacy (PLOVER SANCTION, SUPPORT, ACCUSE, RETREAT) and votes.
  embargo: noun('sanctions'), sanctions: noun('sanctions'), blockade: kindOf(noun('sanctions'), 'blockade'),
  accord: determined('agreement'), agreement: determined('agreement'), treaty: determined('agreement'), pact: determined('agreement'),
  inspection: noun('inspection', true), inspections: noun('inspection', true),
  withdrawal: noun('withdrawal', true), vote: noun('vote', true), voted: verb('vote'),
  seized: verb('seizure'), confiscated: verb('seizure'),
  // Forces moved (PLOVER MOBILIZE): "deployed troops", "the contingent arrived".
  deployment: noun('deployment', true), deployed: verb('deployment', true),
  arrived: forces('deployment'), arriving: forces('deployment'), arrives: forces('deployment'), landed: forces('deployment'),
  // Talks (CAMEO 04 consult, 043 "meet at a third location"): the longer phrase wins, so "ceasefire talks"
  // are talks, not a ceasefire. "summit" and "session"/"round" are weak: see src/lexicon/talks-words.ts.
  talks: noun('talks'), negotiations: noun('talks'), 'peace talks': noun('talks'), 'ceasefire talks': noun('talks'),
  'cease-fire talks': noun('talks'), 'peace negotiations': noun('talks'), 'round of talks': noun('talks'),
  'round of negotiations': noun('talks'), summit: noun('talks', true), summits: noun('talks', true),
  session: noun('talks', true), round: noun('talks', true),
  meeting: kindOf(noun('talks', true), 'meeting'), meetings: kindOf(noun('talks', true), 'meeting'),
  visit: kindOf(noun('talks', true), 'visit'),
}

/** Verbs that issue a decree; the object names what is decreed. */
export const DECREE_VERBS = ['decreed', 'declared', 'proclaimed', 'ordered', 'imposed', 'announced', 'decrees', 'declares', 'issued', 'signed'] as const

/** What a decree verb may issue, and the kind it gives; "two days of mourning" ends in "mourning". */
export const DECREE_OBJECTS: Readonly<Record<string, string>> = {
  mourning: 'mourning decree', 'state of emergency': 'emergency decree', 'state of siege': 'emergency decree',
  curfew: 'curfew decree', 'martial law': 'martial law decree', decree: 'decree', 'national holiday': 'decree',
}

/** Modifiers that tell an event as going on when the article was written: "the current visit", "the ongoing talks". */
export const ONGOING_MODIFIERS = ['current', 'ongoing', 'continuing', 'present'] as const

/** Verbs whose object is the event they bring about, dated by their clause: "held talks on Monday", "imposed an embargo". */
export const PERFORM_VERBS = [
  'held', 'holds', 'launched', 'launches', 'staged', 'stages', 'conducted', 'carried', 'mounted', 'ordered', 'imposed',
  'signed', 'reached', 'concluded', 'began', 'started', 'opened', 'declared',
] as const

/** A trigger followed by these is another sense: "seized on the remarks", "seized the moment". */
export const OTHER_SENSES = ['seized on', 'seized upon', 'seized the opportunity', 'seized the moment', 'seized the initiative'] as const

/** Words that may open an event noun phrase. */
export const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'last', 'latest', 'recent'] as const

/** Lower-case modifiers inside an event noun phrase ("the deadly cross-border air strike"). */
export const EVENT_MODIFIERS = [
  'military', 'air', 'ground', 'naval', 'aerial', 'deadly', 'joint', 'surprise', 'fresh', 'major',
  'large-scale', 'cross-border', 'overnight', 'pre-dawn', 'missile', 'drone', 'rocket', 'artillery',
  'suicide', 'terrorist', 'armed', 'new', 'first', 'second', 'final', 'massive', 'brutal', 'failed',
  'botched', 'covert', 'special', 'security', 'counter-terrorism', 'counterterrorism', 'police',
  'army', 'lightning', 'limited', 'full-scale', 'planned', 'alleged', 'sudden', 'retaliatory', 'dawn', 'night',
  'current', 'ongoing', 'multi-party', 'multiparty', 'all-party', 'global', 'total', 'economic', 'trade', 'partial', 'international', 'mass', 'bomb', 'car', 'mortar', 'grenade', 'gasoline', 'petrol', 'sniper', 'gun',
  'direct', 'indirect', 'bilateral', 'trilateral', 'high-level', 'face-to-face', 'exploratory', 'preliminary', 'formal',
] as const

/** Modifiers that make a weak trigger military ("military operation", "air strike"). */
export const MILITARY_MODIFIERS = ['military', 'air', 'ground', 'naval', 'aerial', 'missile', 'drone', 'rocket', 'artillery', 'armed', 'army', 'special', 'counter-terrorism', 'counterterrorism', 'cross-border', 'retaliatory'] as const

/** Words before an event noun phrase that make it unreal or another sense: "no attack", "on strike". */
export const NOUN_NEGATORS = ['no', 'any', 'without', 'possible', 'potential', 'future', 'hunger', 'general', 'labour', 'labor', 'on', 'nor', 'every'] as const

/** Subject pronouns that stand for the actor opening the sentence before: "Police found a bomb. They arrested two men." */
export const PERSON_PRONOUNS = ['he', 'she'] as const
export const GROUP_PRONOUNS = ['they'] as const

/** Words right before a verbal trigger that make it unreal: "threatened to attack", "never arrested". */
export const VERB_NEGATORS = ['to', 'will', 'would', 'could', 'might', 'may', 'not', 'never', 'cannot', 'should', 'must'] as const

/** Prepositions after which a nominal event is a time reference, not what the clause dates. */
export const TEMPORAL_PREPOSITIONS = ['during', 'after', 'before', 'since', 'following', 'amid', 'despite', 'until', 'in the wake of', 'ahead of', 'prior to'] as const

/** Verbs of going on again: "the talks resume on Thursday" dates a later session, not the event's start. */
export const RESUMPTION_VERBS = ['resume', 'resumes', 'resumed', 'reconvene', 'reconvenes', 'reconvened', 'continue', 'continues', 'continued'] as const

/**
 * An act once promised or threatened, told as done: "kept their promise to kill", "carried out its threat to
 * bomb". The fulfilling verbs, the nouns after them, and each act's base form with the past form whose trigger it shares.
 */
export const FULFIL_VERBS = ['kept', 'carried out', 'made good on', 'fulfilled', 'followed through on', 'delivered on'] as const
export const FULFIL_NOUNS = ['promise', 'promises', 'threat', 'threats', 'vow', 'pledge', 'warning'] as const
export const FULFILLED_ACTS: Readonly<Record<string, string>> = {
  kill: 'killed', murder: 'murdered', assassinate: 'assassinated', attack: 'attacked', bomb: 'bombed', raid: 'raided',
  arrest: 'arrested', kidnap: 'kidnapped', abduct: 'abducted', 'shoot down': 'shot down', 'blow up': 'blew up', expel: 'expelled',
}

/** Words that make the next verb another verb's complement ("denied having bombed"): dated by that verb's clause only after it. */
export const COMPLEMENT_LEADS = ['having'] as const

/** Past forms not ending in "-ed", to find where "and" opens a new clause ("… and police found the body Friday"). */
export const IRREGULAR_PAST = [
  'found', 'said', 'took', 'made', 'gave', 'told', 'held', 'began', 'sent', 'left', 'fell', 'struck', 'shot', 'fought',
  'led', 'saw', 'came', 'went', 'won', 'lost', 'met', 'kept', 'brought', 'built', 'caught', 'drove', 'flew', 'hit',
  'ran', 'rose', 'sold', 'spoke', 'stood', 'threw', 'wrote', 'blew', 'broke', 'fled', 'hid', 'sank', 'stole', 'swept',
] as const

/** Words that end a clause for dating purposes: a date on the far side dates something else. */
export const CLAUSE_OPENERS = ['that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'because', 'when', 'where'] as const

/** Prepositions introducing an event's place or target ("raid on Port Lia", "intervention in Sylvania"). */
export const PLACE_PREPOSITIONS = ['in', 'into', 'on', 'against', 'at', 'near', 'inside'] as const

/**
 * Ground changing hands (ACLED "non-state actor overtakes territory", "government regains territory"):
 * verbs that take ground, and those that take it only with "control of" / "over".
 */
export const CAPTURE_VERBS = ['seized', 'seizes', 'captured', 'captures', 'overran', 'overruns', 'retook', 'retakes', 'recaptured', 'recaptures'] as const
export const CONTROL_VERBS = ['took', 'takes', 'seized', 'gained', 'regained', 'wrested', 'assumed'] as const

/** Nouns naming ground that can be taken: "the town of X", "several villages", "the airport". */
export const GROUND_NOUNS = [
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'port', 'ports', 'region', 'province', 'district',
  'valley', 'enclave', 'settlement', 'settlements', 'island', 'capital', 'airport', 'airfield', 'base',
  'bases', 'bridge', 'hill', 'hills', 'territory', 'positions', 'outpost', 'outposts', 'crossing', 'outskirts',
  'border', 'frontier', 'oilfield', 'oilfields', 'mine', 'dam', 'highway', 'road',
] as const

/** A craft crashes near where it took off or was leaving: "crashed minutes after taking off from Lia". */
export const DEPARTURE_WORDS = ['taking off from', 'take-off from', 'takeoff from', 'departing from', 'departing', 'leaving'] as const

/** Verbs of troops going over a border (CAMEO 195 "employ aerial weapons" aside, the ACLED "armed clash" prelude). */
export const CROSSING_VERBS = ['crossed', 'crosses', 'cross'] as const
