/**
 * The shapes the UI reads from the API (see src/model for the full types). Kept apart so the browser
 * build depends on nothing outside src/web.
 */
export interface Span { start: number; end: number; text: string }
export interface TimeRef { value?: string; after?: string; before?: string }
export interface ReviewMark { status: 'confirmed' | 'corrected'; by: string; at: string }
interface Reviewed { id: string; review?: ReviewMark }

export interface Actor extends Reviewed { name: string; type: string; country?: string; memberOf?: string; role?: string; mentions: (Span & { kind: string })[] }
export interface Statement extends Reviewed {
  speakers: string[]; speakerSpan?: Span; cue: Span; content: Span; mode: string; polarity: 'asserts' | 'denies'
  hedged?: boolean; via?: string[]; sourceType?: string; time: TimeRef; rule: string
}
export interface Timex extends Reviewed { span: Span; type: string; value: string; mod?: string; rule: string }
export interface Casualty extends Reviewed {
  span: Span; count: number | null; vague?: string; low?: number; high?: number; group: string; country?: string; role?: string
  status: string; reportedBy?: string; statement?: string; reportedOn?: TimeRef; event?: string; rule: string
}
export interface Event extends Reviewed { kind: string; summary: string; date?: string; location?: string; actors: string[]; targets?: string[]; mentions: Span[]; rule: string }

export interface Extraction {
  document: { published: string | null; language: string; outlet?: string; title?: string; url?: string; text: string }
  actors: Actor[]; statements: Statement[]; timex: Timex[]; casualties: Casualty[]; events: Event[]
  contradictions: { id: string; kind: string; why: string }[]
  warnings: { code: string; message: string }[]
}

export interface DocumentInfo { id: string; title: string | null; outlet: string | null; url: string | null; published: string | null; language: string; format: string; warnings: { message: string }[] }
export interface DocumentFull extends DocumentInfo { text: string; extraction: Extraction | null }

export interface Evidence { docId: string; itemId: string; span: Span; published: string | null; outlet?: string; url?: string; title?: string }
export interface Claim { proposition: { text: string }; polarity: 'asserts' | 'denies'; actor: string; speaker?: string; time: TimeRef; evidence: Evidence; rule: string; hedged?: boolean }
/** How sure a link is: `possible` ones are shown for review, labelled, never as certain. */
export interface LinkStrength { score: number; status: 'likely' | 'possible'; rules: string[] }
export interface Reversal extends LinkStrength { id: string; actor: string; proposition: { key: string; text: string }; earlier: Claim[]; later: Claim[]; rule: string; rating: string; ratingReason: string; why: string }
export interface Disagreement extends LinkStrength { id: string; proposition: { key: string; text: string }; sides: { polarity: string; actors: string[]; claims: Claim[] }[]; overlap: TimeRef; why: string }
export interface Figure { key: string; source?: string; count: number | null; vague?: string; low?: number; high?: number; reportedOn: TimeRef; evidence: Evidence; supersededBy?: string }
export interface Tally { id: string; event?: string; group: string; country?: string; role?: string; status: string; figures: Figure[]; low?: number; best?: number; high?: number; firstReportedBy?: string }
export interface TimelineEntry { key: string; kind: 'statement' | 'event' | 'casualty'; time: TimeRef; actors: string[]; text: string; evidence: Evidence }
export interface LedgerActor { id: string; name: string; type: string; country?: string; memberOf?: string; roles: { role: string; memberOf?: string; from?: string; to?: string; docId: string }[]; aliases: string[]; mentions: number; documents: string[] }
export interface LedgerEvent { id: string; kind: string; summary: string; date?: string; location?: string; actors: string[]; targets: string[]; mentions: Evidence[]; members: string[] }
export interface AuditEntry { id: number; at: string; reviewer: string; docId: string | null; kind: string; itemId: string; action: string; before: unknown; after: unknown; note: string | null }
/** An actor as listings give it (GET /api/actors): its documents counted, not listed. */
export type ActorSummary = Omit<LedgerActor, 'documents'> & { documentCount: number }
export type EventSummary = Omit<LedgerEvent, 'mentions' | 'members'> & { mentionCount: number; documentCount: number }
export interface SearchResult { documents: { id: string; title: string | null; outlet: string | null; published: string | null; snippet: string }[]; actors: ActorSummary[]; events: EventSummary[] }
