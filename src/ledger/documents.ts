import { sql } from 'kysely'
import type { Document, Warning } from '../model/document.js'
import type { Extraction } from '../model/extraction.js'
import type { Place } from '../model/annotations.js'
import { ClaimtrailError } from '../errors.js'
import type { Db } from './db.js'
import { saveExtraction } from './extractions.js'
import { savePlaces } from './places.js'

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

export type AddResult = { readonly status: 'added' | 'unchanged'; readonly document: StoredDocument }

export const documentIdOf = (hash: string) => `d${hash.slice(0, 16)}`

const LISTED = ['id', 'hash', 'title', 'outlet', 'url', 'published', 'language', 'format', 'origin', 'warnings', 'ingested_at'] as const

type Row = { [K in (typeof LISTED)[number]]: K extends 'warnings' | 'ingested_at' | 'id' | 'hash' | 'language' | 'format' ? string : string | null }

function fromRow(row: Row): StoredDocument {
  return {
    id: row.id, hash: row.hash, title: row.title, outlet: row.outlet, url: row.url, published: row.published,
    language: row.language, format: row.format, origin: row.origin,
    warnings: JSON.parse(row.warnings) as Warning[], ingestedAt: row.ingested_at,
  }
}

/**
 * Stores a document and everything extracted from it in one transaction: either all of it lands
 * or none of it does. The same text again (by hash) changes nothing. `places` are the countries the
 * document taught about itself, kept for the documents after it (ledger/places.ts).
 */
export async function addDocument(store: Db, doc: Document & { hash: string }, extraction: Extraction, places: readonly Place[] = []): Promise<AddResult> {
  const existing = await findDocument(store, doc.hash)
  if (existing) return { status: 'unchanged', document: existing }
  const id = documentIdOf(doc.hash)
  const now = new Date().toISOString()
  await store.db.transaction().execute(async (trx) => {
    await trx.insertInto('documents').values({
      id, hash: doc.hash, title: doc.title ?? null, outlet: doc.outlet ?? null, url: doc.url ?? null,
      published: doc.published, language: doc.language, format: doc.format, origin: doc.origin ?? null,
      text: doc.text, warnings: JSON.stringify(extraction.warnings), ingested_at: now,
    }).execute()
    if (store.engine === 'sqlite') {
      await sql`INSERT INTO documents_fts (doc_id, title, text) VALUES (${id}, ${doc.title ?? ''}, ${doc.text})`.execute(trx)
    }
    await saveExtraction(trx, id, extraction, now)
    await savePlaces(trx, id, places)
  })
  return { status: 'added', document: (await findDocument(store, doc.hash))! }
}

/** Finds a document by id, by a unique id prefix, or by content hash. */
export async function findDocument(store: Db, ref: string): Promise<StoredDocument | undefined> {
  const row = await store.db.selectFrom('documents').select(LISTED)
    .where((eb) => eb.or([eb('id', '=', ref), eb('hash', '=', ref)]))
    .executeTakeFirst()
  if (row) return fromRow(row)
  if (ref.length < 4) return undefined
  const rows = await store.db.selectFrom('documents').select(LISTED).where('id', 'like', `${ref.replace(/[%_]/g, '')}%`).limit(2).execute()
  if (rows.length > 1) throw new ClaimtrailError('bad_input', `"${ref}" matches several documents; give more of the id`)
  return rows[0] ? fromRow(rows[0]) : undefined
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
  if (options.to) q = q.where('published', '<=', options.to)
  const rows = await q
    .orderBy(sql`published is null`)
    .orderBy('published', 'desc')
    .orderBy('seq', 'desc')
    .limit(options.limit ?? 1000)
    .offset(options.offset ?? 0)
    .execute()
  return rows.map(fromRow)
}

export async function countDocuments(store: Db): Promise<number> {
  const { n } = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}
