import { gunzipSync, gzipSync } from 'node:zlib'
import type { Db } from './db.js'

/** A flagged difference between two versions of a page: what the old one said, and what the new one says. */
export interface SnapshotChange {
  readonly kind: 'figure' | 'statement'
  readonly before?: string
  readonly after?: string
}

export interface Snapshot {
  readonly seq: number
  readonly url: string
  readonly finalUrl: string
  readonly fetchedAt: string
  readonly contentType: string
  readonly sha256: string
  readonly textHash: string | null
  readonly etag: string | null
  readonly lastModified: string | null
  readonly docId: string | null
  readonly sourceId: string | null
  readonly previous: number | null
  readonly changes: readonly SnapshotChange[]
}

export interface NewSnapshot extends Omit<Snapshot, 'seq'> {
  readonly raw: Uint8Array
}

const COLUMNS = ['seq', 'url', 'final_url', 'fetched_at', 'content_type', 'sha256', 'text_hash', 'etag', 'last_modified', 'doc_id', 'source_id', 'previous', 'changes'] as const

type Row = { seq: number; url: string; final_url: string; fetched_at: string; content_type: string; sha256: string; text_hash: string | null; etag: string | null; last_modified: string | null; doc_id: string | null; source_id: string | null; previous: number | null; changes: string | null }

const fromRow = (r: Row): Snapshot => ({
  seq: Number(r.seq), url: r.url, finalUrl: r.final_url, fetchedAt: r.fetched_at, contentType: r.content_type, sha256: r.sha256,
  textHash: r.text_hash, etag: r.etag, lastModified: r.last_modified, docId: r.doc_id, sourceId: r.source_id,
  previous: r.previous === null ? null : Number(r.previous), changes: r.changes ? (JSON.parse(r.changes) as SnapshotChange[]) : [],
})

/** Stores a snapshot, its raw bytes gzip-compressed; returns its number. */
export async function saveSnapshot(store: Db, s: NewSnapshot): Promise<number> {
  const row = await store.db.insertInto('snapshots').values({
    url: s.url, final_url: s.finalUrl, fetched_at: s.fetchedAt, content_type: s.contentType, sha256: s.sha256, text_hash: s.textHash,
    raw: gzipSync(s.raw), etag: s.etag, last_modified: s.lastModified, doc_id: s.docId, source_id: s.sourceId,
    previous: s.previous, changes: s.changes.length ? JSON.stringify(s.changes) : null,
  }).returning('seq').executeTakeFirstOrThrow()
  return Number(row.seq)
}

/** The newest snapshot of an address (as asked for, before redirects). */
export async function latestSnapshot(store: Db, url: string): Promise<Snapshot | undefined> {
  const row = await store.db.selectFrom('snapshots').select(COLUMNS).where('url', '=', url).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  return row && fromRow(row)
}

export async function listSnapshots(store: Db, options: { docId?: string; url?: string; limit?: number } = {}): Promise<Snapshot[]> {
  let q = store.db.selectFrom('snapshots').select(COLUMNS)
  if (options.docId) q = q.where('doc_id', '=', options.docId)
  if (options.url) q = q.where('url', '=', options.url)
  return (await q.orderBy('seq', 'desc').limit(options.limit ?? 100).execute()).map(fromRow)
}

/** The bytes as they were received. */
export async function snapshotBytes(store: Db, seq: number): Promise<{ contentType: string; bytes: Buffer } | undefined> {
  const row = await store.db.selectFrom('snapshots').select(['content_type', 'raw']).where('seq', '=', seq).executeTakeFirst()
  return row && { contentType: row.content_type, bytes: gunzipSync(row.raw) }
}
