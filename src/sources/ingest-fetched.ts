import { createHash } from 'node:crypto'
import { ClaimtrailError } from '../errors.js'
import { readHere } from '../ingest/read.js'
import type { Document, DocumentFormat } from '../model/document.js'
import type { Db } from '../ledger/db.js'
import { loadStoredExtraction } from '../ledger/extractions.js'
import { importDocument, type ExtractOptions } from '../ledger/import.js'
import { latestSnapshot, saveSnapshot, type Snapshot, type SnapshotChange } from '../ledger/snapshots.js'
import type { StoredDocument } from '../ledger/documents.js'
import type { Fetched } from './fetch-page.js'
import { versionChanges } from './version-changes.js'
import { recordEditAlert } from '../ledger/alerts.js'

const FORMAT_OF: Readonly<Record<string, DocumentFormat>> = {
  'text/html': 'html', 'application/xhtml+xml': 'html', 'text/plain': 'text', 'text/markdown': 'markdown',
}

/** What the feed or the operator knows about a page, used where the page itself is silent. */
export interface PageHints {
  readonly published?: string | null
  readonly outlet?: string
  readonly title?: string
  readonly sourceId?: string
}

export interface IngestedPage {
  readonly status: 'added' | 'unchanged'
  readonly document?: StoredDocument
  readonly snapshot?: number
  readonly changes: readonly SnapshotChange[]
}

/**
 * A fetched page → a document and a snapshot. The same bytes as the address's last snapshot change
 * nothing; new bytes are a new snapshot linked to the last one, and when their text differs the new
 * version is ingested and compared with the old.
 */
export async function ingestFetched(store: Db, fetched: Fetched, hints: PageHints = {}, how: ExtractOptions = {}): Promise<IngestedPage> {
  const sha256 = createHash('sha256').update(fetched.bytes).digest('hex')
  const previous = await latestSnapshot(store, fetched.url)
  if (previous?.sha256 === sha256) return { status: 'unchanged', changes: [] }
  const format = FORMAT_OF[fetched.contentType]
  if (!format) throw new ClaimtrailError('unsupported', `cannot read a page of type ${fetched.contentType}`)
  const document = await readPage(fetched, format, hints, how)
  return storeVersion(store, { fetched, sha256, document, previous, sourceId: hints.sourceId }, how)
}

/** A document already read (a feed item with its full text) kept as a snapshot of its address. */
export async function ingestFeedItem(
  store: Db, fetched: Fetched, document: Document, sourceId?: string, how: ExtractOptions = {},
): Promise<IngestedPage> {
  const sha256 = createHash('sha256').update(fetched.bytes).digest('hex')
  const previous = await latestSnapshot(store, fetched.url)
  if (previous?.sha256 === sha256) return { status: 'unchanged', changes: [] }
  return storeVersion(store, { fetched, sha256, document, previous, sourceId }, how)
}

async function readPage(fetched: Fetched, format: DocumentFormat, hints: PageHints, how: ExtractOptions): Promise<Document> {
  const { documents, errors } = await (how.read ?? readHere)(fetched.bytes, fetched.finalUrl, { url: fetched.finalUrl }, format)
  const found = documents[0]?.document
  if (!found) throw errors[0] ?? new ClaimtrailError('empty', `${fetched.finalUrl}: no text to ingest`)
  // The page's own metadata wins; the feed's fills what the page leaves out.
  return {
    ...found,
    published: found.published ?? hints.published ?? null,
    ...(found.outlet || hints.outlet ? { outlet: found.outlet ?? hints.outlet } : {}),
    ...(found.title || hints.title ? { title: found.title ?? hints.title } : {}),
  }
}

interface Version {
  readonly fetched: Fetched
  readonly sha256: string
  readonly document: Document
  readonly previous: Snapshot | undefined
  readonly sourceId: string | undefined
}

/** `how` extracts the new version: a server's off its event loop, within the operator's limits. */
async function storeVersion(store: Db, v: Version, how: ExtractOptions): Promise<IngestedPage> {
  const result = await importDocument(store, v.document, [], how.limits, undefined, how.extract)
  const changes = await changesSince(store, v.previous, result.document.id)
  const snapshot = await saveSnapshot(store, {
    url: v.fetched.url, finalUrl: v.fetched.finalUrl, fetchedAt: v.fetched.fetchedAt, contentType: v.fetched.contentType,
    sha256: v.sha256, textHash: result.document.hash, raw: v.fetched.bytes, etag: v.fetched.etag, lastModified: v.fetched.lastModified,
    docId: result.document.id, sourceId: v.sourceId ?? null, previous: v.previous?.seq ?? null, changes,
  })
  if (changes.length) await recordEditAlert(store, { url: v.fetched.url, snapshot, docId: result.document.id, previousDocId: v.previous!.docId!, changes })
  return { status: result.status, document: result.document, snapshot, changes }
}

async function changesSince(store: Db, previous: Snapshot | undefined, docId: string): Promise<SnapshotChange[]> {
  if (!previous?.docId || previous.docId === docId) return []
  const [before, after] = await Promise.all([loadStoredExtraction(store, previous.docId), loadStoredExtraction(store, docId)])
  return before && after ? versionChanges(before, after) : []
}
