import { createHash } from 'node:crypto'
import type { LedgerDoc } from '../model/ledger.js'
import type { Db } from './db.js'
import { reviewedExtraction, reviewRowsFor } from './reviews.js'
import { actorRenames } from './apply-reviews.js'
import type { ReviewRow } from './apply-reviews.js'
import { expandExtraction } from './compact.js'

const COLUMNS = ['documents.seq', 'documents.id', 'documents.published', 'documents.outlet', 'documents.title', 'documents.url', 'documents.text', 'extractions.data'] as const

type Row = { seq: number; id: string; published: string | null; outlet: string | null; title: string | null; url: string | null; text: string; data: string }

function ledgerDocOf(r: Row, reviews: readonly ReviewRow[]): LedgerDoc {
  return {
    id: r.id, published: r.published,
    ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.title ? { title: r.title } : {}), ...(r.url ? { url: r.url } : {}),
    extraction: reviewedExtraction(expandExtraction(r.data, r.text), r.id, reviews),
  }
}

/**
 * A hash of everything a document's reviewed extraction is made from, taken from the stored strings:
 * equal sources give equal documents, without serializing the expanded extraction again.
 */
function sourceOf(r: Row, reviews: readonly ReviewRow[]): string {
  const own = reviews.filter((x) => x.docId === r.id)
  return createHash('sha1').update(JSON.stringify([r.published, r.outlet, r.title, r.url, own, [...actorRenames(reviews, r.id)]]))
    .update('\u0000').update(r.data).update('\u0000').update(r.text).digest('base64')
}

/** Every stored document with its extraction as reviewed (text included), in publication order, and its source hash. */
export async function loadLedgerDocs(store: Db): Promise<{ doc: LedgerDoc; source: string }[]> {
  const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
    .select(COLUMNS).orderBy('documents.published').orderBy('documents.seq').execute()
  const reviews = await reviewRowsFor(store)
  return rows.map((r) => ({ doc: ledgerDocOf(r, reviews), source: sourceOf(r, reviews) }))
}

/**
 * The same documents one batch at a time, in the order they were stored: memory holds one batch
 * whatever the size of the archive (exports). Pages by `seq`, the primary key, never by offset.
 */
export async function* streamLedgerDocs(store: Db, batch = 100): AsyncGenerator<LedgerDoc> {
  const reviews = await reviewRowsFor(store)
  for (let after = -1; ;) {
    const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
      .select(COLUMNS).where('documents.seq', '>', after).orderBy('documents.seq').limit(batch).execute()
    for (const r of rows) yield ledgerDocOf(r, reviews)
    if (rows.length < batch) return
    after = rows[rows.length - 1]!.seq
  }
}
