import type { LedgerDoc } from '../model/ledger.js'
import type { Db } from './db.js'
import { reviewedExtraction, reviewRowsFor } from './reviews.js'
import { expandExtraction } from './compact.js'

/** Every stored document with its extraction as reviewed (text included), in publication order. */
export async function loadLedgerDocs(store: Db): Promise<LedgerDoc[]> {
  const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
    .select(['documents.id', 'documents.published', 'documents.outlet', 'documents.title', 'documents.url', 'documents.text', 'extractions.data'])
    .orderBy('documents.published').orderBy('documents.seq').execute()
  const reviews = await reviewRowsFor(store)
  return rows.map((r) => {
    const x = reviewedExtraction(expandExtraction(r.data, r.text), r.id, reviews)
    return {
      id: r.id, published: r.published,
      ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.title ? { title: r.title } : {}), ...(r.url ? { url: r.url } : {}),
      extraction: x,
    }
  })
}
