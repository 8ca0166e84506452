import type { Span } from './span.js'

/** Shared tokenization: computed once by segmentation, read by every later stage. */
export interface Token {
  readonly start: number
  readonly end: number
  readonly kind: 'word' | 'number' | 'punct'
}

export interface Paragraph {
  readonly start: number
  readonly end: number
  readonly index: number
}

export interface Sentence {
  readonly start: number
  readonly end: number
  readonly index: number
  readonly paragraph: number
  /** Index range into `doc.tokens` covered by this sentence: [firstToken, endToken). */
  readonly firstToken: number
  readonly endToken: number
}

/** A quotation between matching quote marks; `inner` excludes the marks themselves. */
export interface Quote {
  readonly span: Span
  readonly inner: Span
  /** True when the quote runs to the end of its paragraph without a closing mark. */
  readonly open: boolean
}

/** TimeML-style time expression. */
export interface Timex {
  readonly review?: ReviewMark
  readonly id: string
  readonly span: Span
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  /** TimeML value: `2019-04`, `2026-01-03`, `P2D`, `PRESENT_REF`, `XXXX-XX-XX` when unresolvable. */
  readonly value: string
  readonly mod?: string
  /** The rule that found it, so an eval miss leads straight to a rule. */
  readonly rule: string
  /** How the value was reached: stated in the text, or resolved against an anchor. */
  readonly resolved?: 'absolute' | 'publication' | 'narrative' | 'event'
}

/** A country the article names that the country package does not know, learned from context. */
export interface Place {
  /** `X-` and the name in capitals (model/country-code.ts): the same for the same name everywhere, never another's. */
  readonly code: string
  readonly name: string
  /** The full style the text gives it ("Republic of Valdoria"), when it does. */
  readonly official?: string
  readonly demonym?: string
  /** Plural people form ("Valdorians"). */
  readonly people?: string
  readonly capitals: readonly string[]
  /** The first place the text names it as a state. */
  readonly evidence: Span
}

/**
 * A place below the country the text names (a town, a province, a disputed region), as the gazetteer
 * knows it. `id` and `kind` only when one place fits; `country` whenever every fitting place lies in one
 * country; `candidates` (gazetteer ids) when the article does not say which of several it is.
 */
export interface Locality extends Span {
  readonly name: string
  readonly id?: string
  readonly kind?: 'region' | 'town'
  readonly country?: string
  readonly candidates?: readonly string[]
  readonly rule: string
}

/** Set on an item a person has reviewed; corrected fields already hold the corrected values. */
export interface ReviewMark {
  readonly status: 'confirmed' | 'corrected'
  readonly by: string
  readonly at: string
}

export type ActorType = 'person' | 'government' | 'organization' | 'group'

export type MentionKind = 'name' | 'title' | 'metonym' | 'demonym' | 'pronoun' | 'description'

/** One place in the text that refers to an actor. */
export interface Mention extends Span {
  readonly kind: MentionKind
}

export interface Actor {
  readonly review?: ReviewMark
  /** Stable across documents where possible: `gov-cu`, `p-jane-doe`, `org-red-cross`, `grp-analysts`. */
  readonly id: string
  readonly name: string
  readonly type: ActorType
  /** ISO 3166-1 alpha-2. */
  readonly country?: string
  readonly memberOf?: string
  readonly role?: string
  readonly mentions: readonly Mention[]
  /** A reviewer's merge or split gave it this id: the ledger keeps it instead of matching the name again. */
  readonly renamed?: true
}

/** A date that may be known exactly or only bounded (inclusive TimeML values). */
export interface TimeRef {
  readonly value?: string
  readonly after?: string
  readonly before?: string
}

export type SourceType =
  | 'government-official'
  | 'spokesperson'
  | 'state-media'
  | 'independent-media'
  | 'ngo'
  | 'analyst'
  | 'anonymous'
  | 'group'
  | 'person'

export interface Statement {
  readonly review?: ReviewMark
  readonly id: string
  readonly speakers: readonly string[]
  readonly speakerSpan?: Span
  readonly cue: Span
  readonly content: Span
  readonly mode: 'direct' | 'indirect' | 'mixed'
  readonly polarity: 'asserts' | 'denies'
  readonly hedged?: boolean
  /** Chain of attribution: the actors it came through ("state TV, citing the ministry" → via state TV). */
  readonly via?: readonly string[]
  readonly sourceType?: SourceType
  readonly time: TimeRef
  readonly rule: string
}

export type CasualtyStatus = 'killed' | 'wounded' | 'missing' | 'captured'

export interface Casualty {
  readonly review?: ReviewMark
  readonly id: string
  readonly span: Span
  readonly count: number | null
  readonly vague?: string
  readonly low?: number
  readonly high?: number
  readonly group: string
  readonly country?: string
  readonly role?: string
  readonly status: CasualtyStatus
  readonly reportedBy?: string
  readonly statement?: string
  readonly reportedOn?: TimeRef
  readonly event?: string
  readonly rule: string
}

/**
 * How a mention presents its event. Absent: as something that happened or happens. `negated`: "did not
 * shoot down", "no explosion occurred". `possible`: "could attack", "a possible strike". `planned`:
 * "plans to deploy", "will meet". `threatened`: "threatened to strike". `demanded`: "called for talks".
 */
export type EventModality = 'negated' | 'possible' | 'planned' | 'threatened' | 'demanded'

/** A place below the country (a town, a province), by its name in the text and, once a gazetteer knows it, its id. */
export interface EventPlace {
  readonly name: string
  /** The gazetteer's id (the mentions track's places), when the name resolved to one place. */
  readonly id?: string
}

/**
 * One place in the text that names an event, with what that mention itself says: its trigger, its own
 * agents, targets, place and time, and whether it is negated or only possible. A span (its words are the
 * whole mention: "the Freedonian raid on Port Lia"); every other field is optional so that a plain span
 * still reads as a mention.
 */
export interface EventMention extends Span {
  /** The trigger word or phrase: "raid", "shot down", "estalló". */
  readonly trigger?: Span
  /** The kind this mention reads (an event's mentions may be narrower or broader: "the bombing", "the attack"). */
  readonly kind?: string
  readonly form?: 'verb' | 'noun'
  readonly agents?: readonly string[]
  readonly targets?: readonly string[]
  /** ISO 3166-1 alpha-2 country this mention places the event in. */
  readonly location?: string
  readonly place?: EventPlace
  /** The date or bounds this mention gives the event. */
  readonly time?: TimeRef
  readonly modality?: EventModality
  /** The words that make it negated or modal: "did not", "threatened to", "no". */
  readonly cue?: Span
  readonly rule?: string
}

export interface Event {
  readonly review?: ReviewMark
  readonly id: string
  /** A kind of src/lexicon/event-kinds.ts: "bombing", "arrest", "talks". */
  readonly kind: string
  /** Every kind when the text joins two ("the dismissal and arrest of"), the first being `kind`. */
  readonly kinds?: readonly string[]
  /** The PLOVER category of the kind, and its mode ("ASSAULT", "explosives"). */
  readonly category?: string
  readonly mode?: string
  readonly summary: string
  /** The day (or month, year) it happened, when the text says. */
  readonly date?: string
  /** Without a date: the earliest and latest it can have happened (inclusive TimeML values). */
  readonly after?: string
  readonly before?: string
  /** ISO 3166-1 alpha-2 country where it happened. */
  readonly location?: string
  /** The place below the country where it happened. */
  readonly place?: EventPlace
  readonly actors: readonly string[]
  readonly targets?: readonly string[]
  /** The class of the craft struck, downed or crashed ("aircraft", "vessel", "convoy"), when the text names it. */
  readonly craft?: string
  /** Set when no mention tells it as having happened: every one is negated, or only possible. */
  readonly modality?: EventModality
  readonly mentions: readonly EventMention[]
  readonly rule: string
}

/** What fills one argument of a claim frame, in the document's own ids. */
export interface FrameArg {
  /** `actor`: a local actor id; `country`: an ISO code; `event`: a local event id; `thing`: a noun class ("aircraft"); `place`: a place name, lower case. */
  readonly kind: 'actor' | 'country' | 'event' | 'thing' | 'place'
  readonly id: string
}

/**
 * One proposition a statement puts forward, read into a frame (the `claims` layer): a predicate (a class
 * of src/lexicon/predicate-classes.ts and the lemma that named it) and its arguments, with the stance
 * the statement takes. Ids are the document's own; the ledger resolves them (see src/claims/scope.ts).
 */
export interface ClaimFrame {
  readonly id: string
  /** The statement whose content it reads. */
  readonly statement: string
  readonly cls: string
  readonly lemma: string
  readonly args: Readonly<Partial<Record<'agent' | 'patient' | 'of' | 'theme' | 'in' | 'event', FrameArg>>>
  /** The words that name the predicate. */
  readonly trigger: Span
  /** The rules that read the frame and its arguments ("active-subject-agent", "passive-by-agent", …). */
  readonly rules: readonly string[]
}

export interface Contradiction {
  readonly id: string
  readonly kind: 'reversal' | 'disagreement'
  readonly actor?: string
  readonly proposition: string
  readonly earlier?: readonly string[]
  readonly later?: readonly string[]
  readonly sides?: readonly (readonly string[])[]
  readonly why: string
}
