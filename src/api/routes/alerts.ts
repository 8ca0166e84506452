import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { countUnreadAlerts, listAlerts, markAlertsRead } from '../../ledger/alerts.js'
import { addWebhook, listDeliveries, listWebhooks, parseKinds, removeWebhook } from '../../ledger/webhooks.js'
import { checkFetchable } from '../../sources/fetch-page.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { errorResponses, IdParam, modelOf } from '../schemas.js'

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })

const list = createRoute({
  method: 'get', path: '/alerts', tags: ['alerts'], summary: 'Alerts, newest first, with the number not yet read',
  request: { query: z.object({ unread: z.enum(['true', 'false']).optional(), kind: z.string().max(20).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) }) },
  responses: { 200: json(z.object({ unread: z.number(), items: z.array(modelOf('Alert')) }), 'Alerts'), ...errorResponses },
})

const read = createRoute({
  method: 'post', path: '/alerts/read', tags: ['alerts'], middleware: [requireRole('reader')] as const,
  summary: 'Mark alerts read: all, or up to `upTo`', request: { body: body(z.object({ upTo: z.number().int().min(1).optional() })) },
  responses: { 200: json(z.object({ unread: z.number() }), 'What is still unread'), ...errorResponses },
})

const hooks = createRoute({
  method: 'get', path: '/webhooks', tags: ['alerts'], middleware: [requireRole('admin')] as const, summary: 'Webhooks (without their secrets)',
  responses: { 200: json(z.object({ items: z.array(modelOf('Webhook')) }), 'Webhooks'), ...errorResponses },
})

const addHook = createRoute({
  method: 'post', path: '/webhooks', tags: ['alerts'], middleware: [requireRole('admin')] as const,
  summary: 'Add a webhook; the answer carries its signing secret, shown only here (x-claimtrail-signature: sha256=HMAC-SHA256(secret, body))',
  request: { body: body(z.object({ url: z.url({ protocol: /^https?$/ }).max(2000), on: z.string().max(100).default('reversal,disagreement,figure') })) },
  responses: { 201: json(modelOf('Webhook with secret'), 'Added'), ...errorResponses },
})

const removeHook = createRoute({
  method: 'delete', path: '/webhooks/{id}', tags: ['alerts'], middleware: [requireRole('admin')] as const, summary: 'Remove a webhook',
  request: { params: IdParam }, responses: { 204: { description: 'Removed' }, ...errorResponses },
})

const deliveries = createRoute({
  method: 'get', path: '/webhooks/deliveries', tags: ['alerts'], middleware: [requireRole('admin')] as const,
  summary: 'The delivery log, newest first: state, attempts, last answer',
  responses: { 200: json(z.object({ items: z.array(modelOf('Delivery')) }), 'Deliveries'), ...errorResponses },
})

export function alertRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openapi(list, async (c) => {
    const q = c.req.valid('query')
    const items = await listAlerts(c.var.store, { limit: q.limit, ...(q.unread === 'true' ? { unread: true } : {}), ...(q.kind ? { kind: q.kind } : {}) })
    return c.json({ unread: await countUnreadAlerts(c.var.store), items }, 200)
  })
  app.openapi(read, async (c) => {
    await markAlertsRead(c.var.store, c.req.valid('json').upTo)
    return c.json({ unread: await countUnreadAlerts(c.var.store) }, 200)
  })
  app.openapi(hooks, async (c) => c.json({ items: await listWebhooks(c.var.store) }, 200))
  app.openapi(addHook, async (c) => {
    const { url, on } = c.req.valid('json')
    checkFetchable(url)
    return c.json(await addWebhook(c.var.store, url, parseKinds(on)), 201)
  })
  app.openapi(removeHook, async (c) => {
    await removeWebhook(c.var.store, c.req.valid('param').id)
    return c.body(null, 204)
  })
  app.openapi(deliveries, async (c) => c.json({ items: await listDeliveries(c.var.store) }, 200))
  return app
}
