import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { ClaimtrailError } from '../../errors.js'
import { getDocument, listDocuments } from '../../ledger/documents.js'
import { loadExtraction } from '../../ledger/extractions.js'
import { importDocument } from '../../ledger/import.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { afterWrite } from '../ledger.js'
import { DocumentQuery, errorResponses, IdParam, modelOf, NewDocument, pageOf, paged } from '../schemas.js'
import { documentsFromBody } from '../uploads.js'

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })

const list = createRoute({
  method: 'get', path: '/documents', tags: ['documents'], summary: 'Stored documents, newest publication first',
  request: { query: DocumentQuery },
  responses: { 200: json(pageOf(modelOf('StoredDocument')), 'A page of documents'), ...errorResponses },
})

const one = createRoute({
  method: 'get', path: '/documents/{id}', tags: ['documents'], summary: 'One document with its text and (reviewed) extraction',
  request: { params: IdParam },
  responses: { 200: json(modelOf('DocumentWithText with `extraction`: Extraction, as reviewed'), 'The document'), ...errorResponses },
})

const create = createRoute({
  method: 'post', path: '/documents', tags: ['documents'], middleware: [requireRole('editor')] as const,
  summary: 'Import documents: JSON {text, published, …}, or a raw text/html/markdown/plain body, or a feed file (application/rss+xml, application/atom+xml), or JSONL',
  request: {
    query: z.object({
      published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
      outlet: z.string().max(200).optional(), title: z.string().max(500).optional(), url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
      filename: z.string().max(300).optional(),
    }),
    // Not `required`: the JSON schema then checks JSON bodies only, and the other media types reach the readers.
    body: {
      content: {
        'application/json': { schema: NewDocument },
        'text/plain': { schema: z.string() }, 'text/html': { schema: z.string() }, 'text/markdown': { schema: z.string() },
        'application/rss+xml': { schema: z.string() }, 'application/atom+xml': { schema: z.string() },
        'application/x-ndjson': { schema: z.string() },
        // A file of any other type: read by its ?filename extension, else by sniffing its content.
        'application/octet-stream': { schema: z.string() },
      },
    },
  },
  responses: { 201: json(modelOf('{ documents: { status: added|unchanged, id, title, published, outlet }[], errors: { code, message }[] }'), 'Imported'), ...errorResponses },
})

export function documentRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openapi(list, async (c) => {
    const q = c.req.valid('query')
    return c.json(await paged(q, (limit, offset) => listDocuments(c.var.store, { ...q, limit, offset })), 200)
  })
  app.openapi(one, async (c) => {
    const doc = await getDocument(c.var.store, c.req.valid('param').id)
    return c.json({ ...doc, extraction: (await loadExtraction(c.var.store, doc.id)) ?? null }, 200)
  })
  app.openapi(create, async (c) => {
    const { documents, errors } = await documentsFromBody(c.req, c.req.valid('query'))
    if (documents.length === 0) throw errors[0] ?? new ClaimtrailError('empty', 'no document in the request')
    const results = []
    for (const { document, warnings } of documents) {
      const r = await importDocument(c.var.store, document, warnings)
      results.push({ status: r.status, id: r.document.id, title: r.document.title, published: r.document.published, outlet: r.document.outlet })
    }
    if (results.some((r) => r.status === 'added')) afterWrite(c)
    return c.json({ documents: results, errors: errors.map((e) => ({ code: e.code, message: e.message })) }, 201)
  })
  return app
}
