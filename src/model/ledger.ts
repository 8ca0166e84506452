import type { Actor, ActorType, Statement, TimeRef } from './annotations.js'
import type { Extraction } from './extraction.js'
import type { Span } from './span.js'

/**
 * The ledger: what all documents say together. Ids here are global (across documents); an item of
 * one document is named by its key `${docId}/${itemId}`.
 */

/** Where an item was found: the document, the item, and its span in that document's text. */
export interface Evidence {
  readonly docId: string
  readonly itemId: string
  readonly span: Span
  readonly published: string | null
  readonly outlet?: string
  readonly url?: string
  readonly title?: string
}

/** One stored document with its extraction, as the ledger analyses read it. */
export interface LedgerDoc {
  readonly id: string
  readonly published: string | null
  readonly outlet?: string
  readonly title?: string
  readonly url?: string
  readonly extraction: Extraction
}

/**
 * What resolution across documents reads of one: its metadata, actors and events, and where its
 * figures are and which event each names. The ledger keeps this much of every document between updates.
 */
export interface ResolvableDoc extends Omit<LedgerDoc, 'extraction'> {
  readonly extraction: Pick<Extraction, 'events'> & {
    /** Of an actor's mentions, their texts: its aliases, and how often it is named. */
    readonly actors: readonly (Omit<Actor, 'mentions' | 'review'> & { readonly mentions: readonly Pick<Actor['mentions'][number], 'text'>[] })[]
    readonly casualties: readonly Pick<Extraction['casualties'][number], 'id' | 'span' | 'event'>[]
  }
}

export interface DatedRole {
  readonly role: string
  /** The government or organization the role speaks for. */
  readonly memberOf?: string
  readonly from?: string
  readonly to?: string
  readonly docId: string
}

export interface LedgerActor {
  readonly id: string
  readonly name: string
  readonly type: ActorType
  readonly country?: string
  readonly memberOf?: string
  readonly roles: readonly DatedRole[]
  /** Every way the documents name it ("the Freedonian government", "Freedonia's", "Port Lia"). */
  readonly aliases: readonly string[]
  /** Other names joined to this person across documents, each with the rule that says why ("Roe": surname-in-article). */
  readonly joined?: readonly { readonly name: string; readonly rule: string }[]
  readonly mentions: number
  readonly documents: readonly string[]
}

/** An actor as listings give it: what it is and how much it is named, its documents counted, not listed. */
export interface ActorSummary extends Omit<LedgerActor, 'documents'> {
  readonly documentCount: number
}

/**
 * An actor's roles one per post and body, over the days it was held (the earliest article's docId): the
 * ledger keeps one role per article, so a minister named in 10,000 articles would bring 10,000 to a listing.
 */
export function foldRoles(roles: readonly DatedRole[]): DatedRole[] {
  const byPost = new Map<string, DatedRole>()
  for (const r of roles) {
    const key = `${r.role}\u0000${r.memberOf ?? ''}`
    const seen = byPost.get(key)
    if (!seen) { byPost.set(key, r); continue }
    const first = r.from !== undefined && (seen.from === undefined || r.from < seen.from) ? r : seen
    const to = seen.to === undefined || (r.to !== undefined && r.to > seen.to) ? r.to : seen.to
    byPost.set(key, { ...first, ...(to !== undefined ? { to } : {}) })
  }
  return [...byPost.values()]
}

export const actorSummary = ({ documents, roles, ...rest }: LedgerActor): ActorSummary => ({ ...rest, roles: foldRoles(roles), documentCount: documents.length })

export interface LedgerEvent {
  readonly id: string
  readonly kind: string
  readonly summary: string
  readonly date?: string
  readonly location?: string
  readonly actors: readonly string[]
  readonly targets: readonly string[]
  readonly mentions: readonly Evidence[]
  /** The per-document events merged into this one, as keys `${docId}/${eventId}`. */
  readonly members: readonly string[]
}

/**
 * An event as a listing shows it: counts instead of every mention and member, which an event told in
 * thousands of copies would bring to each page (GET /api/events/{id} keeps them).
 */
export interface EventSummary extends Omit<LedgerEvent, 'mentions' | 'members'> {
  readonly mentionCount: number
  readonly documentCount: number
}

export const eventSummary = ({ mentions, members, ...rest }: LedgerEvent): EventSummary =>
  ({ ...rest, mentionCount: mentions.length, documentCount: new Set(members.map((m) => m.split('/')[0])).size })

/** A statement placed in the ledger: global speaker ids and the document it came from. */
export interface LedgerStatement extends Omit<Statement, 'speakers' | 'via'> {
  readonly key: string
  readonly docId: string
  readonly speakers: readonly string[]
  readonly via?: readonly string[]
  readonly evidence: Evidence
}

/**
 * The predicate class of a proposition (src/lexicon/predicate-classes.ts): the four first kinds
 * (presence, casualties, responsibility, role) and every act or state a frame is read into.
 */
export type PropositionKind = string

/** Something that can be true or false, normalized so that claims about it compare. */
export interface Proposition {
  /** Canonical form, equal for equal propositions: `presence(forces:CU,in:VE)`, `shoot-down(agent:gov-bo,patient:aircraft)`. */
  readonly key: string
  readonly kind: PropositionKind
  /** The word that named the predicate ("shoot down", "derribar"), for frames read from a content. */
  readonly lemma?: string
  /** Resolved arguments: actor, event and country ids, noun classes ("aircraft"), place names. */
  readonly args: Readonly<Record<string, string>>
  /** For people: "Cuban military personnel are present in Venezuela". */
  readonly text: string
}

/** One actor's stance on a proposition at a time, with its evidence and how it was derived. */
export interface Claim {
  readonly proposition: Proposition
  readonly polarity: 'asserts' | 'denies'
  readonly actor: string
  readonly time: TimeRef
  readonly evidence: Evidence
  /** The statement, casualty figure or event this claim reads, as a key `${docId}/${itemId}`. */
  readonly source: string
  /** `direct` when the text states it; otherwise the id of the entailment rule that derived it. */
  readonly rule: string
  /** The person who spoke, when `actor` is the body their role speaks for. */
  readonly speaker?: string
  /** The time the proposition is about, when it differs from `time` (an event's date). */
  readonly period?: TimeRef
  /** The statement carried a hedge ("reportedly", "cannot confirm"). */
  readonly hedged?: boolean
  /** The cue admits or denies in so many words ("acknowledged", "ruled out"). */
  readonly cue?: 'admission' | 'denial'
  /** The rules that read the frame and its arguments (see src/claims/read-frames.ts). */
  readonly reading?: readonly string[]
}

/** How sure a link between two claims is: `likely` links stand on their own; `possible` ones want a person's review. */
export type LinkStatus = 'likely' | 'possible'

/** A link's strength: a score in [0, 1], its status, and every rule that made it. */
export interface LinkStrength {
  readonly score: number
  readonly status: LinkStatus
  readonly rules: readonly string[]
}

export type FlipRating = 'no-flip' | 'half-flip' | 'full-flop'

export interface Reversal extends LinkStrength {
  readonly id: string
  readonly actor: string
  readonly proposition: Proposition
  readonly earlier: readonly Claim[]
  readonly later: readonly Claim[]
  /** The rule that links the two sides (e.g. casualties-entail-presence). */
  readonly rule: string
  readonly rating: FlipRating
  readonly ratingReason: string
  readonly why: string
}

export interface Disagreement extends LinkStrength {
  readonly id: string
  readonly proposition: Proposition
  readonly sides: readonly { readonly polarity: 'asserts' | 'denies'; readonly actors: readonly string[]; readonly claims: readonly Claim[] }[]
  /** The time both sides speak about. */
  readonly overlap: TimeRef
  readonly why: string
}

export interface CasualtyFigure {
  readonly key: string
  readonly source?: string
  /** The government or group the source speaks for (a ministry, its government). */
  readonly side?: string
  readonly count: number | null
  readonly vague?: string
  readonly low?: number
  readonly high?: number
  readonly reportedOn: TimeRef
  readonly evidence: Evidence
  /** A later figure from the same source replaces this one; both are kept. */
  readonly supersededBy?: string
}

/** Per event, group and status: every source's figure side by side, summarized UCDP-style. */
export interface CasualtyTally {
  readonly id: string
  readonly event?: string
  readonly group: string
  readonly country?: string
  readonly role?: string
  readonly status: string
  readonly figures: readonly CasualtyFigure[]
  readonly low?: number
  readonly best?: number
  readonly high?: number
  readonly firstReportedBy?: string
}

export interface TimelineEntry {
  readonly key: string
  readonly kind: 'statement' | 'event' | 'casualty'
  readonly time: TimeRef
  readonly actors: readonly string[]
  readonly text: string
  readonly evidence: Evidence
}
