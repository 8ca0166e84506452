import type { z } from '@hono/zod-openapi'
import type { HonoRequest } from 'hono'
import { ClaimtrailError } from '../errors.js'
import type { Reader, ReadOptions, ReadResult } from '../ingest/read.js'
import { formatByName } from '../ingest/sniff.js'
import type { DocumentFormat } from '../model/document.js'
import { validationError } from './errors.js'
import { NewDocument } from './schemas.js'

/** Media types we read, and the reader each stands for. A feed is read from its content, never fetched. */
const BY_MEDIA_TYPE: Readonly<Record<string, DocumentFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
}

type Query = { published?: string; outlet?: string; title?: string; url?: string; language?: string; filename?: string }

/**
 * A request body → documents, through the same readers as `claimtrail ingest`. JSON carries one
 * article and its metadata; other bodies are files, their metadata in the query string. `read` reads
 * them (a server's in its extraction thread: 5 MB of HTML takes seconds to parse).
 */
export async function documentsFromBody(req: HonoRequest, query: Query, read: Reader): Promise<ReadResult> {
  const mediaType = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (mediaType === 'application/json') {
    const body: unknown = await req.json().catch(() => {
      throw new ClaimtrailError('bad_input', 'the body is not valid JSON')
    })
    const parsed = NewDocument.safeParse(body)
    if (!parsed.success) throw validationError(parsed.error, body)
    return fromJson(parsed.data, read)
  }
  const format = BY_MEDIA_TYPE[mediaType] ?? (query.filename ? formatByName(query.filename) : undefined)
  const { filename, ...meta } = query
  if (!format && mediaType !== 'application/octet-stream') {
    throw new ClaimtrailError('unsupported', `cannot import a body of type "${mediaType || 'unknown'}"; send JSON, text/plain, text/markdown, text/html, a feed (application/rss+xml) or JSONL`)
  }
  const bytes = new Uint8Array(await req.arrayBuffer())
  // Without a known format the readers pick one from the file name, else from the content.
  return read(bytes, filename ?? `upload${format ? `.${format}` : ''}`, meta as ReadOptions, format)
}

function fromJson(body: z.infer<typeof NewDocument>, read: Reader): Promise<ReadResult> {
  const { text, published, ...meta } = body
  return read(Buffer.from(text, 'utf8'), 'api', { ...meta, ...(published ? { published } : {}) }, 'text')
}
