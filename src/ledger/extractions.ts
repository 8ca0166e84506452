import type { Kysely } from 'kysely'
import type { Extraction } from '../model/extraction.js'
import type { Db } from './db.js'
import type { Database } from './schema.js'
import { expandExtraction, withSpanTexts } from './compact.js'
import { extractionRow, statementRows } from './document-rows.js'
import { markChanged } from './freshness.js'
import { insertRows } from './insert-rows.js'
import { reviewedExtraction, reviewRowsFor } from './review-rows.js'
import { bindExtraction } from './apply-bindings.js'
import { loadBindings } from './place-bindings.js'

/** Replaces a document's extraction (re-extraction); reviews live apart and are applied on read. */
export async function replaceExtraction(trx: Kysely<Database>, docId: string, x: Extraction, now: string): Promise<void> {
  await trx.deleteFrom('extractions').where('doc_id', '=', docId).execute()
  await trx.deleteFrom('statements').where('doc_id', '=', docId).execute()
  await trx.insertInto('extractions').values({ ...extractionRow(docId, x), extracted_at: now }).execute()
  await insertRows(trx, 'statements', statementRows(docId, x))
  await markChanged(trx)
}

/** A document's extraction as reviewed by people (corrections applied, learned countries bound), with its text put back. */
export async function loadExtraction(store: Db, docId: string): Promise<Extraction | undefined> {
  const x = await loadStoredExtraction(store, docId)
  return x && bindExtraction(reviewedExtraction(x, docId, await reviewRowsFor(store, docId)), await loadBindings(store))
}

/** The extraction exactly as the pipeline stored it, before any review. */
export async function loadStoredExtraction(store: Db, docId: string): Promise<Extraction | undefined> {
  const row = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
    .select(['extractions.data', 'documents.text']).where('extractions.doc_id', '=', docId).executeTakeFirst()
  return row && expandExtraction(row.data, row.text)
}

/** Parts of stored extractions, picked from each document's one copy with their span texts put back. */
export async function pickFromExtractions<T>(store: Db, docIds: readonly string[], pick: (x: Extraction, docId: string) => T): Promise<Map<string, T>> {
  const unique = [...new Set(docIds)]
  const out = new Map<string, T>()
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
      .select(['extractions.doc_id', 'extractions.data', 'documents.text']).where('extractions.doc_id', 'in', unique.slice(i, i + 500)).execute()
    // Parsed without the texts: only what `pick` keeps gets them back.
    for (const r of rows) out.set(r.doc_id, withSpanTexts(pick(JSON.parse(r.data) as Extraction, r.doc_id), r.text))
  }
  return out
}
