import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { exportData } from '../../export/export.js'
import { TABLES } from '../../export/tables.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { errorResponses } from '../schemas.js'

const file = (type: string, description: string) => ({ 200: { description, content: { [type]: { schema: z.string() } } }, ...errorResponses })

const json = createRoute({ method: 'get', path: '/export/json', tags: ['export'], summary: 'Every document as the extraction contract, as reviewed', responses: file('application/json', 'JSON array') })
const claimreview = createRoute({ method: 'get', path: '/export/claimreview', tags: ['export'], summary: 'schema.org ClaimReview JSON-LD for reviewed claims and reversals', responses: file('application/ld+json', 'JSON-LD array') })
const csv = createRoute({
  method: 'get', path: '/export/csv/{table}', tags: ['export'], summary: 'One ledger table as CSV',
  request: { params: z.object({ table: z.enum(TABLES).openapi({ param: { name: 'table', in: 'path' } }) }) },
  responses: file('text/csv', 'CSV with a header line'),
})

export function exportRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  const send = (f: { body: string; contentType: string; filename: string }) => new Response(f.body, {
    headers: { 'content-type': f.contentType, 'content-disposition': `attachment; filename="${f.filename}"` },
  })
  app.openapi(json, async (c) => send(await exportData(c.var.store, 'json')))
  app.openapi(claimreview, async (c) => send(await exportData(c.var.store, 'claimreview')))
  app.openapi(csv, async (c) => send(await exportData(c.var.store, 'csv', c.req.valid('param').table)))
  return app
}
