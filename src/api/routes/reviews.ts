import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { getDocument } from '../../ledger/documents.js'
import { listAudit, mergeActors, reviewItem } from '../../ledger/reviews.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { afterWrite } from '../ledger.js'
import { AuditQuery, errorResponses, MergeBody, modelOf, pageOf, paged, ReviewBody } from '../schemas.js'

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })

const review = createRoute({
  method: 'post', path: '/reviews', tags: ['review'], middleware: [requireRole('editor')] as const,
  summary: 'Confirm, correct (with a patch of correctable fields) or reject one extracted item; returns its audit entry',
  request: { body: body(ReviewBody) },
  responses: { 201: json(modelOf('AuditEntry'), 'The audit entry'), ...errorResponses },
})

const merge = createRoute({
  method: 'post', path: '/actors/merge', tags: ['review'], middleware: [requireRole('admin')] as const,
  summary: 'Merge one actor into another across every document',
  request: { body: body(MergeBody) },
  responses: { 201: json(modelOf('AuditEntry'), 'The audit entry'), ...errorResponses },
})

const audit = createRoute({
  method: 'get', path: '/audit', tags: ['review'], summary: 'The audit log, newest first',
  request: { query: AuditQuery },
  responses: { 200: json(pageOf(modelOf('AuditEntry')), 'A page of audit entries'), ...errorResponses },
})

/** Review actions are recorded under the token's name: the reviewer is who holds the token. */
export function reviewRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openapi(review, async (c) => {
    const input = c.req.valid('json')
    const doc = await getDocument(c.var.store, input.docId)
    const entry = await reviewItem(c.var.store, { ...input, docId: doc.id, reviewer: c.var.user!.name })
    afterWrite(c)
    return c.json(entry as never, 201)
  })
  app.openapi(merge, async (c) => {
    const entry = await mergeActors(c.var.store, { ...c.req.valid('json'), reviewer: c.var.user!.name })
    afterWrite(c)
    return c.json(entry as never, 201)
  })
  app.openapi(audit, async (c) => {
    const { doc, ...q } = c.req.valid('query')
    const docId = doc ? (await getDocument(c.var.store, doc)).id : undefined
    return c.json(await paged(q, (limit, offset) => listAudit(c.var.store, { ...(docId ? { docId } : {}), limit, offset })) as never, 200)
  })
  return app
}
