import type { TriggerEntry } from '../../lexicon/en/event-triggers.js'
import type { CountryFormKind } from '../../lexicon/en/countries.js'
import { PhraseSet, type TokenText } from './token-text.js'

type Words = ReadonlySet<string>

/** A country form found at a token: where it ends and what it is ("Kenya" a name, "Kenyan" a demonym). */
export interface CountryHit {
  readonly code: string
  readonly kind: CountryFormKind
  readonly endToken: number
}

/** A language's country forms: the longest form starting at a token, and one word looked up alone ("US" of "US-led"). */
export interface CountryForms {
  readonly at: (tt: TokenText, k: number) => CountryHit | undefined
  readonly lookup: (word: string) => { readonly code: string; readonly kind: CountryFormKind } | undefined
}

/** "de X" after an event noun names who did it ("el ataque de X") or what it was done to ("la invasión de X"). */
export type OfRole = 'agent' | 'target'

/** A trigger as a language's lexicon gives it: the shared entry, and how its "of" phrase reads. */
export interface LangTrigger extends TriggerEntry {
  readonly of?: OfRole
  /** Nouns whose "of" object must be a person for the arrest sense ("la detención del alcalde", not "del proceso"). */
  readonly personOf?: boolean
  /** A participle, passive with a "by" phrase even without an auxiliary. */
  readonly participle?: boolean
  /** Also an adjective ("una actitud ofensiva"): a noun only after a determiner or modifier. */
  readonly determined?: boolean
  /** A weak noun that a person's agency does not make military ("la intervención del ministro" is a speech). */
  readonly stateAgent?: boolean
  /** A weak talks word that is the event as the object of a talks verb ("reanudaron el diálogo"). */
  readonly verbObject?: boolean
}

/**
 * Everything the event rules read that depends on the document's language. The rules are written once;
 * each language gives its words (src/lexicon/en/event-triggers.ts, src/lexicon/es/event-*.ts) and its
 * country forms. Word sets are lower-case; phrase sets match tokens.
 */
export interface Fulfilment {
  readonly verbs: PhraseSet
  readonly nouns: Words
  readonly link: string
  readonly acts: PhraseSet<LangTrigger>
}

/** The fulfilment words of a language, each act given the trigger of its past form. */
export function fulfilment(verbs: readonly string[], nouns: readonly string[], link: string, acts: Readonly<Record<string, string>>, triggers: Readonly<Record<string, LangTrigger>>): Fulfilment {
  const entries = Object.entries(acts).flatMap(([base, past]) => (triggers[past] ? [[base, triggers[past]!] as const] : []))
  return { verbs: PhraseSet.of(verbs), nouns: new Set(nouns), link, acts: PhraseSet.from(Object.fromEntries(entries)) }
}

export interface EventLanguage {
  readonly triggers: PhraseSet<LangTrigger>
  /** One regex over the text finding every word a rule may start at. */
  readonly scan: RegExp
  // The noun phrase.
  readonly determiners: Words
  /** Determiners that make a plural specific ("the raids") and those that introduce a new event ("a raid"). */
  readonly specific: Words
  readonly indefinite: Words
  /** Possessive determiners whose owner is the clause's last actor ("its raid"). */
  readonly owners: Words
  readonly modifiers: Words
  /** Modifiers before an event noun that tell it as going on at publication ("the current visit"). */
  readonly ongoing: Words
  /** Number words that make a bare plural countable events ("two killings", "tres ataques"). */
  readonly counters: Words
  readonly military: Words
  /** Adjectives that may follow the event noun ("la operación militar"); empty where they precede it. */
  readonly postModifiers: Words
  readonly nounNegators: Words
  readonly strongNegators: Words
  readonly verbNegators: Words
  readonly conjunctions: Words
  /** Whether a second noun joined by a conjunction takes its own determiner ("el ataque y la captura"). */
  readonly repeatsDeterminer: boolean
  /** A trigger followed by these is another sense ("ataque de tos", "operación de rescate"). */
  readonly otherSenses: PhraseSet
  // Prepositions after the event word.
  /** Prepositions of place, some of two words ("cerca de"). */
  readonly placePreps: PhraseSet
  readonly targetPreps: Words
  readonly ofPreps: Words
  readonly byPreps: PhraseSet
  /** Marks of a personal or definite object to skip ("detuvieron al alcalde"). */
  readonly objectMarkers: Words
  /** Default role of an "of" phrase for triggers that do not say. */
  readonly ofRole: OfRole
  readonly personNouns: Words
  /** Subject pronouns for a person ("he") and for a body or group ("they"): the actor opening the sentence before. */
  readonly personPronouns: Words
  readonly groupPronouns: Words
  // Verbs.
  readonly passive: Words
  /** Whether only a participle trigger is passive by its "by" phrase alone ("detenido por X", but "atacaron por sorpresa"). */
  readonly participlesOnly: boolean
  /** Object pronouns that may stand between a negator and its verb ("no lo detuvieron"). */
  readonly clitics: Words
  readonly decreeVerbs: Words
  readonly decreeObjects: PhraseSet<string>
  // Object phrases and places.
  readonly phraseStop: Words
  /** Word endings of verbs and adverbs, which end an object phrase after its first word ("the mayor sparked"). */
  readonly verbEnding: RegExp
  readonly placeNouns: Words
  readonly placeOf: Words
  /** Whether a noun's owning country follows it after "of" ("las fuerzas de X"), so the object phrase runs on to it. */
  readonly ownerAfterNoun: boolean
  // Dates.
  readonly temporal: PhraseSet
  /** Auxiliaries of the perfect and the future: a verb after them is not the story's simple past ("had been arrested"). */
  readonly notSimplePast: Words
  /** Verbs whose object noun is the event they bring about, so the clause's date is the noun's too. */
  readonly perform: Words
  readonly clauseOpeners: Words
  /** Relative pronouns whose clause may tell of the noun before them ("the blast that shook the port on Sunday"). */
  readonly relativizers: Words
  /** Conjunctions that open a new clause when a subject and a past verb follow ("… and police found …"). */
  readonly clauseJoiners: Words
  /** Words that are prepositions or open a clause of their own when a verb follows ("since the party was expelled on …"). */
  readonly subordinators: Words
  /** How a past verb ends, and past verbs that do not end so. */
  readonly pastEnding: RegExp
  readonly irregularPast: Words
  readonly resumption: Words
  /** "kept their promise to kill": fulfilling verbs, promise nouns, the word before the act, and each act's trigger. */
  readonly fulfilment: Fulfilment
  /** Words before a verb told as another verb's complement ("denied having bombed"): the clause's date is that verb's. */
  readonly complementLeads: Words
  readonly frame: Words
  readonly until: Words
  /** Whether "until <date>" before a dismissal verb dates it too (English reads only after the verb, as tested). */
  readonly untilBeforeTrigger: boolean
  // Ground taken and borders crossed.
  readonly capture: Words
  readonly control: Words
  /** What follows a control verb before the ground it takes: "control of", "el control de". */
  readonly controlPhrases: PhraseSet
  readonly crossing: Words
  /** After a crossing verb: what leads to the place entered ("into"), and what only says where ("near"). */
  readonly crossInto: PhraseSet
  readonly crossNear: PhraseSet
  readonly ground: Words
  readonly force: Words
  /** Craft nouns to their class ("airliner" → aircraft): a country beside one owns it, and a crash's subject names one. */
  readonly craft: ReadonlyMap<string, string>
  /** "taking off from", "tras despegar de": what a crash clause names its departure place after. */
  readonly departure: PhraseSet
  readonly talks: TalksWords
  readonly countries: CountryForms
  readonly localities: (text: string) => ReadonlyMap<string, string>
}

/** The talks and meeting words of a language (English: src/lexicon/en/talks-words.ts). */
export interface TalksWords {
  readonly bare: Words
  readonly joinOnly: Words
  readonly followers: Words
  readonly verbs: Words
  readonly host: Words
  readonly pronouns: Words
  readonly hostedBy: Words
  readonly hostedByPrep: Words
  /** Where a visit goes: "a visit to Lia", "su visita a Lia". */
  readonly visitTo: Words
  readonly between: Words
  readonly with: Words
  readonly meet: Words
  readonly meetAux: Words
  readonly meetNegators: Words
  readonly meetSubjects: Words
  readonly sideCounters: Words
  readonly sides: Words
  readonly meetAdverbs: Words
  readonly meetFollowers: Words
  readonly postModifiers: Words
  readonly clauseStop: Words
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')

/**
 * The trigger scan: the first words of every phrase a rule starts at, as one case-insensitive regex.
 * `\b` knows only ASCII letters, so after words ending in an accent ("incursión") it cannot mark the end;
 * there the scan leaves the end open, since every rule then matches whole tokens anyway.
 */
export function scanFor(firstWords: Iterable<string>, accents = false): RegExp {
  const words = [...new Set(firstWords)].map(escape).join('|')
  return new RegExp(accents ? `\\b(?:${words})` : `\\b(?:${words})\\b`, 'gi')
}
