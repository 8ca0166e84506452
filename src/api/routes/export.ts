import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { exportStream, type ExportStream } from '../../export/export.js'
import { TABLES } from '../../export/formats.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { errorResponses } from '../schemas.js'

const file = (type: string, description: string) => ({ 200: { description, content: { [type]: { schema: z.string() } } }, ...errorResponses })

const json = createRoute({ method: 'get', path: '/export/json', tags: ['export'], summary: 'Every document as the extraction contract, as reviewed', responses: file('application/json', 'JSON array') })
const jsonl = createRoute({ method: 'get', path: '/export/jsonl', tags: ['export'], summary: 'The same, one document a line', responses: file('application/x-ndjson', 'JSON Lines') })
const claimreview = createRoute({ method: 'get', path: '/export/claimreview', tags: ['export'], summary: 'schema.org ClaimReview JSON-LD for reviewed claims and reversals', responses: file('application/ld+json', 'JSON-LD array') })
const csv = createRoute({
  method: 'get', path: '/export/csv/{table}', tags: ['export'], summary: 'One ledger table as CSV',
  request: { params: z.object({ table: z.enum(TABLES).openapi({ param: { name: 'table', in: 'path' } }) }) },
  responses: file('text/csv', 'CSV with a header line'),
})
const ucdp = createRoute({
  method: 'get', path: '/export/ucdp-csv', tags: ['export'], summary: 'Events with deaths as a UCDP GED-style CSV (codebook column names)',
  responses: file('text/csv', 'CSV with a header line'),
})
const timeml = createRoute({
  method: 'get', path: '/export/timeml/{id}', tags: ['export'], summary: 'One document\'s time expressions as TimeML (TIMEX3, DCT)',
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: file('application/xml', 'TimeML XML document'),
})
const report = createRoute({
  method: 'get', path: '/export/report/{id}', tags: ['export'], summary: 'A printable report on one event: tallies, reversals, every quote with its source',
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: file('text/html', 'A self-contained HTML page with print styles'),
})
const actorReport = createRoute({
  method: 'get', path: '/export/report/actor/{id}', tags: ['export'], summary: 'A printable report on one actor: its reversals, everything it said with sources',
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: file('text/html', 'A self-contained HTML page with print styles'),
})

/** A body pulled chunk by chunk as the client reads it: a slow client slows the reading, memory stays flat. */
function bodyOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const it = chunks[Symbol.asyncIterator]()
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await it.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    async cancel() { await it.return?.() },
  })
}

/** Exports are streamed: the body is written as the store is read, never held whole in memory. */
export function exportRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  const send = (f: ExportStream) => new Response(bodyOf(f.chunks), {
    headers: { 'content-type': f.contentType, 'content-disposition': `attachment; filename="${f.filename}"` },
  })
  app.openapi(json, async (c) => send(await exportStream(c.var.store, 'json')))
  app.openapi(jsonl, async (c) => send(await exportStream(c.var.store, 'jsonl')))
  app.openapi(claimreview, async (c) => send(await exportStream(c.var.store, 'claimreview')))
  app.openapi(csv, async (c) => send(await exportStream(c.var.store, 'csv', { table: c.req.valid('param').table })))
  app.openapi(ucdp, async (c) => send(await exportStream(c.var.store, 'ucdp-csv')))
  app.openapi(timeml, async (c) => send(await exportStream(c.var.store, 'timeml', { doc: c.req.valid('param').id })))
  app.openapi(report, async (c) => send(await exportStream(c.var.store, 'report', { event: c.req.valid('param').id })))
  app.openapi(actorReport, async (c) => send(await exportStream(c.var.store, 'report', { actor: c.req.valid('param').id })))
  return app
}
