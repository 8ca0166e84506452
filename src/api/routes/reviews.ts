import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { getDocument } from '../../ledger/documents.js'
import { reviewQueue } from '../../ledger/review-queue.js'
import { listAudit, type AuditEntry } from '../../ledger/audit.js'
import { mergeActors, reviewItem, splitActor } from '../../ledger/reviews.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { afterWrite } from '../ledger.js'
import { AuditQuery, errorResponses, MergeBody, modelOf, pageOf, paged, QueueItemModel, QueueQuery, ReviewBody, SplitBody } from '../schemas.js'

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })

const review = createRoute({
  method: 'post', path: '/reviews', tags: ['review'], middleware: [requireRole('editor')] as const,
  summary: 'Confirm, correct (with a patch of correctable fields) or reject one extracted item; returns its audit entry',
  request: { body: body(ReviewBody) },
  responses: { 201: json(modelOf('AuditEntry'), 'The audit entry'), ...errorResponses },
})

/** An admin's change to actors across documents, answered with its audit entry. */
const actorRoute = <T extends z.ZodType>(path: string, summary: string, schema: T) => createRoute({
  method: 'post', path, tags: ['review'], middleware: [requireRole('admin')] as const, summary,
  request: { body: body(schema) },
  responses: { 201: json(modelOf('AuditEntry'), 'The audit entry'), ...errorResponses },
})

const merge = actorRoute('/actors/merge', 'Merge one actor into another across every document', MergeBody)
const split = actorRoute('/actors/split', 'Give one document’s actor an id of its own (undoes a merge there)', SplitBody)

const queue = createRoute({
  method: 'get', path: '/review-queue', tags: ['review'],
  summary: 'The items most worth a person’s look, highest priority first: weak reversal and disagreement links, figures that disagree within a tally, possible duplicate actors; each with its reason, score and the item a review acts on',
  request: { query: QueueQuery },
  responses: { 200: json(z.object({ items: z.array(QueueItemModel) }), 'The queue'), ...errorResponses },
})

const audit = createRoute({
  method: 'get', path: '/audit', tags: ['review'], summary: 'The audit log, newest first',
  request: { query: AuditQuery },
  responses: { 200: json(pageOf(modelOf('AuditEntry')), 'A page of audit entries'), ...errorResponses },
})

/** Review actions are recorded under the token's name: the reviewer is who holds the token. */
export function reviewRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  /** Records one write under the token's name and answers with its audit entry; the ledger catches up behind. */
  const audited = (c: Context<AppEnv>, write: (reviewer: string) => Promise<AuditEntry>) => write(c.var.user!.name).then((entry) => {
    afterWrite(c)
    return c.json(entry as never, 201)
  })
  app.openapi(review, async (c) => {
    const input = c.req.valid('json')
    const doc = await getDocument(c.var.store, input.docId)
    return audited(c, (reviewer) => reviewItem(c.var.store, { ...input, docId: doc.id, reviewer }))
  })
  app.openapi(merge, (c) => audited(c, (reviewer) => mergeActors(c.var.store, { ...c.req.valid('json'), reviewer })))
  app.openapi(split, async (c) => {
    const input = c.req.valid('json')
    const doc = await getDocument(c.var.store, input.docId)
    return audited(c, (reviewer) => splitActor(c.var.store, { ...input, docId: doc.id, reviewer }))
  })
  app.openapi(queue, async (c) => c.json({ items: await reviewQueue(c.var.store, c.req.valid('query')) } as never, 200))
  app.openapi(audit, async (c) => {
    const { doc, ...q } = c.req.valid('query')
    const docId = doc ? (await getDocument(c.var.store, doc)).id : undefined
    return c.json(await paged(q, (limit, offset) => listAudit(c.var.store, { ...(docId ? { docId } : {}), limit, offset })) as never, 200)
  })
  return app
}
