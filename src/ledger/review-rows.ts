/** Review rows as stored, and an extraction as those rows have reviewed it. */
import type { Extraction } from '../model/extraction.js'
import { actorRenames, applyReviews, renameActors, type ReviewAction, type ReviewKind, type ReviewRow } from './apply-reviews.js'
import type { Db } from './db.js'
import type { ReviewsTable } from './schema.js'

function toRow(r: Pick<ReviewsTable, 'at' | 'reviewer' | 'doc_id' | 'kind' | 'item_id' | 'span_start' | 'span_end' | 'action' | 'patch'>): ReviewRow {
  return {
    at: r.at, reviewer: r.reviewer, docId: r.doc_id, kind: r.kind as ReviewKind, itemId: r.item_id,
    spanStart: r.span_start, spanEnd: r.span_end, action: r.action as ReviewAction, patch: r.patch ? JSON.parse(r.patch) : null,
  }
}

/** Every review row that bears on a document (its own, and ledger-wide merges), oldest first. */
export async function reviewRowsFor(store: Db, docId?: string): Promise<ReviewRow[]> {
  // Edits and deletions of whole documents, and place bindings, are in the log too; they are no reviews of items.
  let q = store.db.selectFrom('reviews').select(['at', 'reviewer', 'doc_id', 'kind', 'item_id', 'span_start', 'span_end', 'action', 'patch'])
    .where('kind', 'not in', ['document', 'place'])
  if (docId) q = q.where((eb) => eb.or([eb('doc_id', '=', docId), eb('doc_id', 'is', null)]))
  return (await q.orderBy('seq').execute()).map(toRow)
}

/** An extraction as people have reviewed it: corrections applied, rejections removed, merges renamed. */
export function reviewedExtraction(x: Extraction, docId: string, rows: readonly ReviewRow[]): Extraction {
  return reviewedWith(x, rows.filter((r) => r.docId === docId), actorRenames(rows, docId))
}

/** reviewedExtraction with the document's own rows and its renames already picked out (many documents read at once). */
export function reviewedWith(x: Extraction, own: readonly ReviewRow[], renames: ReadonlyMap<string, string>): Extraction {
  return renameActors(applyReviews(x, own), renames)
}
