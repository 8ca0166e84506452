import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { ClaimtrailError } from '../../errors.js'
import { listFetches } from '../../ledger/fetch-log.js'
import { listSnapshots, snapshotBytes } from '../../ledger/snapshots.js'
import { addSource, listSources, removeSource } from '../../ledger/sources.js'
import { parseEvery } from '../../sources/every.js'
import { fetchAndIngest, type FetchSettings } from '../../sources/fetch-and-ingest.js'
import { checkFetchable } from '../../sources/fetch-page.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { afterWrite } from '../ledger.js'
import { errorResponses, IdParam, modelOf } from '../schemas.js'

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).max(2000)
const items = (type: string) => z.object({ items: z.array(modelOf(type)) })

const fetchOne = createRoute({
  method: 'post', path: '/fetch', tags: ['sources'], middleware: [requireRole('editor')] as const,
  summary: 'Fetch an article page, keep it as a snapshot and ingest it (loopback and private addresses are refused unless the operator allows them)',
  request: { body: body(z.object({ url: httpUrl, outlet: z.string().max(200).optional() })) },
  responses: { 201: json(modelOf('{ status: added|unchanged, id, title, snapshot, changes }'), 'Fetched'), ...errorResponses },
})

const sources = createRoute({
  method: 'get', path: '/sources', tags: ['sources'], summary: 'Watched feeds: how often, when next, how the last poll went',
  responses: { 200: json(items('WatchedSource'), 'The watched feeds'), ...errorResponses },
})

const watch = createRoute({
  method: 'post', path: '/sources', tags: ['sources'], middleware: [requireRole('editor')] as const,
  summary: 'Watch an RSS or Atom feed, polled every `every` (90s, 15m, 2h, 1d) by `claimtrail watch run` or `serve --watch`',
  request: { body: body(z.object({ url: httpUrl, every: z.string().max(10).default('15m') })) },
  responses: { 201: json(modelOf('WatchedSource'), 'Watched'), ...errorResponses },
})

const unwatch = createRoute({
  method: 'delete', path: '/sources/{id}', tags: ['sources'], middleware: [requireRole('editor')] as const,
  summary: 'Stop watching a feed (its documents and snapshots stay)', request: { params: IdParam },
  responses: { 204: { description: 'Stopped' }, ...errorResponses },
})

const fetches = createRoute({
  method: 'get', path: '/fetches', tags: ['sources'], summary: 'The fetch log, newest first: every fetch with its HTTP status and outcome',
  request: { query: z.object({ source: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: { 200: json(items('FetchLogEntry'), 'Fetches'), ...errorResponses },
})

const snapshots = createRoute({
  method: 'get', path: '/snapshots', tags: ['sources'], summary: 'What pages said when they were read, newest first, by document or address',
  request: { query: z.object({ doc: z.string().max(100).optional(), url: z.string().max(2000).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: { 200: json(items('Snapshot'), 'Snapshots'), ...errorResponses },
})

const raw = createRoute({
  method: 'get', path: '/snapshots/{seq}/raw', tags: ['sources'], summary: 'A snapshot\'s bytes as received, served as an attachment',
  request: { params: z.object({ seq: z.coerce.number().int().min(1).openapi({ param: { name: 'seq', in: 'path' } }) }) },
  responses: { 200: { description: 'The raw bytes' }, ...errorResponses },
})

export function sourceRoutes(settings: FetchSettings): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openapi(fetchOne, async (c) => {
    const { url, outlet } = c.req.valid('json')
    // Read and extracted as a posted document is: off the event loop under `claimtrail serve`, within its limits.
    const r = await fetchAndIngest(c.var.store, url, settings, outlet ? { outlet } : {}, { read: c.var.read, extract: c.var.extract, limits: c.var.limits })
    if (r.status === 'added') afterWrite(c)
    return c.json({ status: r.status, id: r.document?.id ?? null, title: r.document?.title ?? null, snapshot: r.snapshot ?? null, changes: r.changes }, 201)
  })
  app.openapi(sources, async (c) => c.json({ items: await listSources(c.var.store) }, 200))
  app.openapi(watch, async (c) => {
    const { url, every } = c.req.valid('json')
    checkFetchable(url)
    return c.json(await addSource(c.var.store, url, parseEvery(every)), 201)
  })
  app.openapi(unwatch, async (c) => {
    await removeSource(c.var.store, c.req.valid('param').id)
    return c.body(null, 204)
  })
  app.openapi(fetches, async (c) => {
    const q = c.req.valid('query')
    return c.json({ items: await listFetches(c.var.store, { limit: q.limit, ...(q.source ? { sourceId: q.source } : {}) }) }, 200)
  })
  app.openapi(snapshots, async (c) => {
    const q = c.req.valid('query')
    return c.json({ items: await listSnapshots(c.var.store, { limit: q.limit, ...(q.doc ? { docId: q.doc } : {}), ...(q.url ? { url: q.url } : {}) }) }, 200)
  })
  app.openapi(raw, async (c) => {
    const found = await snapshotBytes(c.var.store, c.req.valid('param').seq)
    if (!found) throw new ClaimtrailError('not_found', 'no such snapshot')
    // Never rendered as a page of ours: a fetched page is someone else's markup.
    return c.body(new Uint8Array(found.bytes), 200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment', 'x-original-content-type': found.contentType })
  })
  return app
}
