import { sql } from 'kysely'
import type { Warning } from '../model/document.js'
import { ClaimtrailError } from '../errors.js'
import type { Db } from './db.js'

export interface StoredDocument {
  readonly id: string
  readonly hash: string
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  readonly published: string | null
  readonly language: string
  readonly format: string
  readonly origin: string | null
  readonly warnings: readonly Warning[]
  readonly ingestedAt: string
}

export interface DocumentWithText extends StoredDocument {
  readonly text: string
}

export const LISTED = ['id', 'hash', 'title', 'outlet', 'url', 'published', 'language', 'format', 'origin', 'warnings', 'ingested_at'] as const

type Row = { [K in (typeof LISTED)[number]]: K extends 'warnings' | 'ingested_at' | 'id' | 'hash' | 'language' | 'format' ? string : string | null }

export function fromRow(row: Row): StoredDocument {
  return {
    id: row.id, hash: row.hash, title: row.title, outlet: row.outlet, url: row.url, published: row.published,
    language: row.language, format: row.format, origin: row.origin,
    warnings: JSON.parse(row.warnings) as Warning[], ingestedAt: row.ingested_at,
  }
}

/**
 * Finds a document by id or content hash (exact, through their unique indexes), then by an id prefix
 * a person typed. The write path never comes here: it looks up hashes only (documentsByHash).
 */
export async function findDocument(store: Db, ref: string): Promise<StoredDocument | undefined> {
  const exact = await store.db.selectFrom('documents').select(LISTED).where(ref.length === 64 ? 'hash' : 'id', '=', ref).executeTakeFirst()
  if (exact) return fromRow(exact)
  if (!ID_PREFIX.test(ref)) return undefined
  // A range on the id index, not LIKE: SQLite's LIKE ignores case and so cannot use the index.
  const rows = await store.db.selectFrom('documents').select(LISTED)
    .where('id', '>=', ref).where('id', '<', `${ref}~`).orderBy('id').limit(CANDIDATES + 1).execute()
  if (rows.length > 1) {
    const more = rows.length > CANDIDATES ? ', …' : ''
    throw new ClaimtrailError('bad_input', `"${ref}" is ambiguous: it starts ${rows.slice(0, CANDIDATES).map((r) => r.id).join(', ')}${more}; give more of the id`)
  }
  return rows[0] ? fromRow(rows[0]) : undefined
}

/** Ids look like `d` and 16 hex digits; a person may type the first few. */
const ID_PREFIX = /^d[0-9a-f]{0,15}$/
/** How many ids an ambiguous prefix lists. */
const CANDIDATES = 5

/** The stored documents among these content hashes, by hash. */
export async function documentsByHash(store: Db, hashes: readonly string[]): Promise<Map<string, StoredDocument>> {
  const found = new Map<string, StoredDocument>()
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await store.db.selectFrom('documents').select(LISTED).where('hash', 'in', hashes.slice(i, i + 500)).execute()
    for (const r of rows) found.set(r.hash, fromRow(r))
  }
  return found
}

export async function getDocument(store: Db, ref: string): Promise<DocumentWithText> {
  const found = await findDocument(store, ref)
  if (!found) throw new ClaimtrailError('not_found', `no document "${ref}" in the store (see: claimtrail docs)`)
  const { text } = await store.db.selectFrom('documents').select('text').where('id', '=', found.id).executeTakeFirstOrThrow()
  return { ...found, text }
}

export interface ListOptions {
  readonly limit?: number
  readonly offset?: number
  readonly outlet?: string
  readonly from?: string
  readonly to?: string
}

/** Documents by publication date (unknown dates last), then by insertion order. */
export async function listDocuments(store: Db, options: ListOptions = {}): Promise<StoredDocument[]> {
  let q = store.db.selectFrom('documents').select(LISTED)
  if (options.outlet) q = q.where('outlet', '=', options.outlet)
  if (options.from) q = q.where('published', '>=', options.from)
  // `to` may be a year or a month: every day in it is in range.
  if (options.to) q = q.where('published', '<=', `${options.to}~`)
  // The order of the documents_listing indexes (migration 009), read backwards: a page reads its own
  // rows, never the table sorted (undated documents, '' here, come last).
  const rows = await q
    .orderBy(sql`coalesce(published, '')`, (o) => o.desc())
    .orderBy('seq', (o) => o.desc())
    .limit(options.limit ?? 1000)
    .offset(options.offset ?? 0)
    .execute()
  return rows.map(fromRow)
}

export async function countDocuments(store: Db): Promise<number> {
  const { n } = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}
