import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { ClaimtrailError } from '../../errors.js'
import { getDocument, listDocuments } from '../../ledger/documents.js'
import { loadExtraction } from '../../ledger/extractions.js'
import { deleteDocument, editDocument } from '../../ledger/fix-documents.js'
import { importDocument } from '../../ledger/import.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { afterWrite } from '../ledger.js'
import { DocumentPatch, DocumentQuery, errorResponses, IdParam, modelOf, NewDocument, pageOf, paged, UploadQuery } from '../schemas.js'
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
    query: UploadQuery,
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

const edit = createRoute({
  method: 'patch', path: '/documents/{id}', tags: ['documents'], middleware: [requireRole('editor')] as const,
  summary: 'Correct a document’s metadata (published, outlet, title, url, language; null clears) and extract it again; returns the audit entry',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: DocumentPatch } } } },
  responses: { 200: json(modelOf('AuditEntry'), 'The audit entry'), ...errorResponses },
})

const remove = createRoute({
  method: 'delete', path: '/documents/{id}', tags: ['documents'], middleware: [requireRole('admin')] as const,
  summary: 'Remove a document and everything extracted from it; returns the audit entry',
  request: { params: IdParam },
  responses: { 200: json(modelOf('AuditEntry'), 'The audit entry'), ...errorResponses },
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
    const { documents, errors } = await documentsFromBody(c.req, c.req.valid('query'), c.var.read)
    if (documents.length === 0) throw errors[0] ?? new ClaimtrailError('empty', 'no document in the request')
    const results = []
    const failed: ClaimtrailError[] = [...errors]
    for (const { document, warnings } of documents) {
      try {
        const r = await importDocument(c.var.store, document, warnings, c.var.limits, undefined, c.var.extract)
        results.push({ status: r.status, id: r.document.id, title: r.document.title, published: r.document.published, outlet: r.document.outlet, ...(r.differs?.length ? { differs: r.differs } : {}) })
      } catch (e) {
        // One document over a limit stores nothing; the others of the body go on.
        if (!(e instanceof ClaimtrailError) || e.code !== 'too_large') throw e
        failed.push(documents.length > 1 && document.origin ? new ClaimtrailError(e.code, `${document.origin}: ${e.message}`) : e)
      }
    }
    if (results.length === 0) throw failed[failed.length - 1]!
    if (results.some((r) => r.status === 'added')) afterWrite(c)
    return c.json({ documents: results, errors: failed.map((e) => ({ code: e.code, message: e.message })) }, 201)
  })
  app.openapi(edit, async (c) => {
    const entry = await editDocument(c.var.store, c.req.valid('param').id, c.req.valid('json'), { reviewer: c.var.user!.name }, c.var.extract)
    afterWrite(c)
    return c.json(entry as never, 200)
  })
  app.openapi(remove, async (c) => {
    const entry = await deleteDocument(c.var.store, c.req.valid('param').id, { reviewer: c.var.user!.name })
    afterWrite(c)
    return c.json(entry as never, 200)
  })
  return app
}
