import { createHash } from 'node:crypto'
import type { LedgerDoc } from '../model/ledger.js'
import type { Db } from './db.js'
import { reviewedExtraction, reviewRowsFor } from './review-rows.js'
import { actorRenames } from './apply-reviews.js'
import type { ReviewRow } from './apply-reviews.js'
import { expandExtraction } from './compact.js'
import { bindExtraction, relevantBindings, type PlaceBindings } from './apply-bindings.js'
import { loadBindings } from './place-bindings.js'

const COLUMNS = ['documents.seq', 'documents.id', 'documents.published', 'documents.outlet', 'documents.title', 'documents.url', 'documents.text', 'extractions.data'] as const

type Row = { seq: number; id: string; published: string | null; outlet: string | null; title: string | null; url: string | null; text: string; data: string }

function ledgerDocOf(r: Row, reviews: readonly ReviewRow[], bindings: PlaceBindings): LedgerDoc {
  return {
    id: r.id, published: r.published,
    ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.title ? { title: r.title } : {}), ...(r.url ? { url: r.url } : {}),
    extraction: bindExtraction(reviewedExtraction(expandExtraction(r.data, r.text), r.id, reviews), relevantBindings(bindings, r.data)),
  }
}

/**
 * A hash of everything a document's reviewed extraction is made from, taken from the stored strings:
 * equal sources give equal documents, without serializing the expanded extraction again.
 */
function sourceOf(r: Row, reviews: readonly ReviewRow[], bindings: PlaceBindings): string {
  const own = reviews.filter((x) => x.docId === r.id)
  const bound = [...relevantBindings(bindings, r.data)]
  return createHash('sha1').update(JSON.stringify([r.published, r.outlet, r.title, r.url, own, [...actorRenames(reviews, r.id)], bound]))
    .update('\u0000').update(r.data).update('\u0000').update(r.text).digest('base64')
}

/** Every stored document with its extraction as reviewed (text included), in publication order, and its source hash. */
export async function loadLedgerDocs(store: Db): Promise<{ doc: LedgerDoc; source: string }[]> {
  const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
    .select(COLUMNS).orderBy('documents.published').orderBy('documents.seq').execute()
  const [reviews, bindings] = await Promise.all([reviewRowsFor(store), loadBindings(store)])
  return rows.map((r) => ({ doc: ledgerDocOf(r, reviews, bindings), source: sourceOf(r, reviews, bindings) }))
}

/**
 * The same documents one batch at a time, in the order they were stored: memory holds one batch
 * whatever the size of the archive (exports). Pages by `seq`, the primary key, never by offset.
 */
export async function* streamLedgerDocs(store: Db, batch = 100): AsyncGenerator<LedgerDoc> {
  const [reviews, bindings] = await Promise.all([reviewRowsFor(store), loadBindings(store)])
  for (let after = -1; ;) {
    const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
      .select(COLUMNS).where('documents.seq', '>', after).orderBy('documents.seq').limit(batch).execute()
    for (const r of rows) yield ledgerDocOf(r, reviews, bindings)
    if (rows.length < batch) return
    after = rows[rows.length - 1]!.seq
  }
}
