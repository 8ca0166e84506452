import { ClaimtrailError } from '../errors.js'
import type { Document } from '../model/document.js'
import type { Extraction } from '../model/extraction.js'
import type { Place } from '../model/annotations.js'
import type { Db } from './db.js'
import { documentsByHash, fromRow, LISTED, type StoredDocument } from './documents.js'
import { documentRows, type DocumentRows } from './document-rows.js'
import { markChanged } from './freshness.js'
import { insertRows } from './insert-rows.js'

/** A document ready to store: its content hash, what extraction found, and the countries it taught. */
export interface NewDocument {
  readonly doc: Document
  readonly hash: string
  readonly extraction: Extraction
  readonly places?: readonly Place[]
}

export type AddResult = {
  readonly status: 'added' | 'unchanged'
  readonly document: StoredDocument
  /** For a text already stored: the metadata this copy gives differently, as `--field value` flags of `claimtrail edit`. */
  readonly differs?: readonly string[]
}

export const documentIdOf = (hash: string) => `d${hash.slice(0, 16)}`

/** A document with its rows, ready for the writer (see documentRows). */
export interface PreparedDocument {
  readonly doc: Document
  readonly hash: string
  readonly rows: DocumentRows
}

export const prepareDocument = ({ doc, hash, extraction, places }: NewDocument): PreparedDocument =>
  ({ doc, hash, rows: documentRows(documentIdOf(hash), extraction, places) })

/** Stores documents with everything extracted from them (see storePrepared). */
export const storeDocuments = (store: Db, batch: readonly NewDocument[]): Promise<AddResult[]> => storePrepared(store, batch.map(prepareDocument))

/**
 * Stores documents with everything extracted from them in ONE transaction (a batch lands whole or not
 * at all), each table written by multi-row INSERTs. A text already stored, by this process or by another
 * one at the same moment, is left as it is: the insert skips it (ON CONFLICT DO NOTHING, with no target:
 * on PostgreSQL a racing writer can trip the id's unique index before the hash's, and a target would
 * arbitrate only the hash) and the result says `unchanged`. Results are in the order given.
 */
export async function storePrepared(store: Db, batch: readonly PreparedDocument[]): Promise<AddResult[]> {
  const now = new Date().toISOString()
  const fresh = [...new Map(batch.map((d) => [d.hash, d])).values()]
  // The documents this call added, as inserted; the others are looked up after.
  const documents = new Map<string, StoredDocument>()
  if (fresh.length) {
    await store.db.transaction().execute(async (trx) => {
      // The documents go first: on SQLite the first statement takes the write lock, waiting for another writer.
      for (let i = 0; i < fresh.length; i += 1000) {
        const rows = await trx.insertInto('documents').values(fresh.slice(i, i + 1000).map(({ doc, hash, rows }) => ({
          id: documentIdOf(hash), hash, title: doc.title ?? null, outlet: doc.outlet ?? null, url: doc.url ?? null,
          published: doc.published, language: doc.language, format: doc.format, origin: doc.origin ?? null,
          text: doc.text, warnings: rows.warnings, ingested_at: now,
        }))).onConflict((oc) => oc.doNothing()).returning(LISTED).execute()
        for (const r of rows) documents.set(r.hash, fromRow(r))
      }
      if (documents.size === 0) return
      const stored = fresh.filter((d) => documents.has(d.hash)).map((d) => d.rows)
      await insertRows(trx, 'extractions', stored.map((r) => ({ ...r.extraction, extracted_at: now })))
      await insertRows(trx, 'statements', stored.flatMap((r) => r.statements))
      await insertRows(trx, 'places', stored.flatMap((r) => r.places))
      await markChanged(trx)
    })
  }
  const added = new Set(documents.keys())
  const others = await documentsByHash(store, fresh.map((d) => d.hash).filter((h) => !added.has(h)))
  const seen = new Set<string>()
  return batch.map((d) => {
    const first = !seen.has(d.hash)
    seen.add(d.hash)
    const document = documents.get(d.hash) ?? others.get(d.hash)
    // Only two texts whose hashes share their first 64 bits could get here.
    if (!document) throw new ClaimtrailError('conflict', `another stored text has the id ${documentIdOf(d.hash)}`)
    return { status: first && added.has(d.hash) ? 'added' : 'unchanged', document }
  })
}

/** Stores one document (see storeDocuments). */
export async function addDocument(store: Db, doc: Document & { hash: string }, extraction: Extraction, places: readonly Place[] = []): Promise<AddResult> {
  const [result] = await storeDocuments(store, [{ doc, hash: doc.hash, extraction, places }])
  return result!
}
