import { z } from '@hono/zod-openapi'
import { LanguageCode, PublishedDate, QueryDate, WebUrl } from '../fields.js'

/** Schemas shared by the routes: the same objects validate input and describe it in /openapi.json. */

// The field checks of ingest/fields.ts: the API refuses what the CLI and the readers refuse, in the same words.
const isoDate = QueryDate

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ example: 0 }),
})

export const DateRange = z.object({
  from: isoDate.optional().openapi({ example: '2030-01-01' }),
  to: isoDate.optional().openapi({ example: '2030-12-31' }),
})

export const DocumentQuery = Paging.extend(DateRange.shape).extend({
  outlet: z.string().max(200).optional(),
})

export const StatementQuery = Paging.extend(DateRange.shape).extend({
  actor: z.string().max(200).optional(),
  event: z.string().max(200).optional(),
  outlet: z.string().max(200).optional(),
  polarity: z.enum(['asserts', 'denies']).optional(),
})

export const ActorQuery = Paging.extend({
  type: z.enum(['person', 'government', 'organization', 'group']).optional(),
  q: z.string().max(200).optional(),
  ids: z.string().max(8_000).optional()
    .transform((s) => s?.split(',').map((id) => id.trim()).filter(Boolean))
    .refine((ids) => !ids || ids.length <= 200, 'ids: at most 200 actor ids, comma-separated')
    .openapi({ type: 'string', description: 'only these actors (comma-separated ids, at most 200)', example: 'gov-cl,p-ana-ruiz' }),
})

export const EventQuery = Paging.extend(DateRange.shape).extend({ kind: z.string().max(100).optional() })
export const ActorFilter = Paging.extend({ actor: z.string().max(200).optional() })
export const TallyQuery = Paging.extend({ event: z.string().max(200).optional() })
export const TimelineQuery = Paging.extend(DateRange.shape).extend({
  actor: z.string().max(200).optional(),
  event: z.string().max(200).optional(),
})
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q: give at least one word').max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export const AuditQuery = Paging.extend({ doc: z.string().max(100).optional() })

export const IdParam = z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: 'd3f2a9c01b7e4d55' }) })

export const NewDocument = z.object({
  // No length cap here: the body limit bounds what is read, and maxDocumentBytes refuses a longer text with 413.
  text: z.string().trim().min(1, 'the article text is empty'),
  published: PublishedDate.nullable().optional(),
  outlet: z.string().trim().max(200).optional(),
  title: z.string().trim().max(500).optional(),
  url: WebUrl.optional(),
  language: LanguageCode.optional(),
}).openapi('NewDocument')

/** Corrected metadata of a stored document: only the fields sent change; null clears one. */
export const DocumentPatch = z.strictObject({
  published: PublishedDate.nullable().optional(),
  outlet: z.string().trim().min(1).max(200).nullable().optional(),
  title: z.string().trim().min(1).max(500).nullable().optional(),
  url: WebUrl.nullable().optional(),
  language: LanguageCode.optional(),
}).openapi('DocumentPatch')

/** The metadata of a raw body, in the query string. */
export const UploadQuery = z.object({
  published: PublishedDate.optional(),
  outlet: z.string().max(200).optional(),
  title: z.string().max(500).optional(),
  url: WebUrl.optional(),
  language: LanguageCode.optional(),
  filename: z.string().max(300).optional(),
})

export const ReviewBody = z.object({
  docId: z.string().min(1).max(100),
  kind: z.enum(['statement', 'casualty', 'event', 'actor', 'timex']),
  itemId: z.string().min(1).max(200),
  action: z.enum(['confirm', 'correct', 'reject']),
  patch: z.record(z.string(), z.unknown()).optional(),
  note: z.string().max(2000).optional(),
}).openapi('Review')

export const MergeBody = z.object({
  from: z.string().min(1).max(200),
  into: z.string().min(1).max(200),
  note: z.string().max(2000).optional(),
}).openapi('ActorMerge')

export const SplitBody = z.object({
  docId: z.string().min(1).max(100),
  actorId: z.string().min(1).max(200),
  newId: z.string().min(1).max(200).openapi({ example: 'p-jon-olsen-jr' }),
  note: z.string().max(2000).optional(),
}).openapi('ActorSplit')

export const QueueQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }) })

export const QueueItemModel = z.object({
  id: z.string(), kind: z.enum(['reversal', 'disagreement', 'figures', 'duplicate-actor']),
  score: z.number().min(0).max(1).openapi({ description: 'Priority: how much the kind matters times how much doubt there is; highest first' }),
  reason: z.string().openapi({ description: 'Why it wants a look, with the numbers' }), title: z.string(),
  target: z.object({ docId: z.string(), kind: z.enum(['statement', 'casualty', 'event', 'actor']), itemId: z.string() }).optional()
    .openapi({ description: 'The item POST /api/reviews confirms, corrects or rejects for this entry' }),
  merge: z.object({ from: z.string(), into: z.string() }).optional().openapi({ description: 'A possible duplicate: the POST /api/actors/merge that joins them' }),
  evidence: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Evidence (src/model/ledger.ts): the words the entry rests on' }),
}).openapi('QueueItem', { description: 'An entry of the review queue (src/model/review-queue.ts)' })

export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
}).openapi('Error')

/** Listings: the page, and where the next one starts (null on the last page). */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({
  items: z.array(item),
  limit: z.number(),
  offset: z.number(),
  next: z.number().nullable(),
})

export type Page<T> = { items: T[]; limit: number; offset: number; next: number | null }

/** Fetches one row more than asked, to know whether another page follows without counting. */
export async function paged<T>(q: { limit: number; offset: number }, fetch: (limit: number, offset: number) => Promise<readonly T[]>): Promise<Page<T>> {
  const rows = await fetch(q.limit + 1, q.offset)
  const items = rows.slice(0, q.limit)
  return { items, limit: q.limit, offset: q.offset, next: rows.length > q.limit ? q.offset + q.limit : null }
}

/**
 * A response object: its shape is a domain type (src/model), named in the description so a reader of
 * /openapi.json knows where to look; requests, not responses, are what the schemas check.
 */
export const modelOf = (type: string) => z.record(z.string(), z.unknown()).openapi({ description: `${type} (src/model, or src/ledger for stored rows)` })

/**
 * Reversals and disagreements: beside their sides and evidence (src/model/ledger.ts), every link says how
 * sure it is. `possible` links are shown for a person's review, never hidden and never presented as certain.
 */
const linkStrength = {
  score: z.number().min(0).max(1).openapi({ description: 'How strongly the two sides oppose each other, from the rules below' }),
  status: z.enum(['likely', 'possible']).openapi({ description: '`possible`: a weaker link, for human review' }),
  rules: z.array(z.string()).openapi({ description: 'Every rule that made the link: matching, entailments, cues, hedges' }),
}
const claims = z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Claims (src/model/ledger.ts Claim), each with its evidence span' })

export const ReversalModel = z.object({
  id: z.string(), actor: z.string(), proposition: z.record(z.string(), z.unknown()), earlier: claims, later: claims,
  rule: z.string(), rating: z.enum(['no-flip', 'half-flip', 'full-flop']), ratingReason: z.string(), why: z.string(), ...linkStrength,
}).openapi('Reversal', { description: 'An actor later contradicting its own earlier claim, rated on the Flip-O-Meter' })

export const DisagreementModel = z.object({
  id: z.string(), proposition: z.record(z.string(), z.unknown()), overlap: z.record(z.string(), z.string()), why: z.string(),
  sides: z.array(z.object({ polarity: z.enum(['asserts', 'denies']), actors: z.array(z.string()), claims })), ...linkStrength,
}).openapi('Disagreement', { description: 'Different actors on opposite sides of one proposition over the same time' })

export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'No valid token', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Token role too low', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
} as const
