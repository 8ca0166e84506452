import type { Document, Warning } from '../model/document.js'
import { extractDocument } from '../extract/extract.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { PIPELINE_VERSION } from '../extract/version.js'
import type { Db } from './db.js'
import { replaceExtraction } from './extractions.js'
import { knownPlaces, savePlaces } from './places.js'

/**
 * Runs the current pipeline again over stored documents (all, or those named) and replaces their
 * extractions, one transaction per document. Reviews are stored apart and re-attach by evidence
 * span, so a human correction survives. The place memory is brought up to date for every document
 * first, so each is extracted again with what all of them taught, whatever order they came in.
 */
export async function reextract(store: Db, options: { docIds?: readonly string[]; onlyOutdated?: boolean } = {}): Promise<number> {
  let q = store.db.selectFrom('documents').innerJoin('extractions', 'extractions.doc_id', 'documents.id')
    .select(['documents.id', 'text', 'published', 'language', 'outlet', 'title', 'url', 'format', 'origin', 'warnings', 'extractions.pipeline'])
  if (options.docIds?.length) q = q.where('documents.id', 'in', options.docIds)
  if (options.onlyOutdated) q = q.where('extractions.pipeline', '!=', PIPELINE_VERSION)
  const rows = await q.orderBy('documents.seq').execute()
  await store.db.transaction().execute(async (trx) => { for (const r of rows) await savePlaces(trx, r.id, learnPlaces(r.text)) })
  const known = await knownPlaces(store)
  for (const r of rows) {
    const { doc, warnings } = asDocument(r)
    const x = extractDocument(doc, warnings, undefined, known)
    await store.db.transaction().execute(async (trx) => {
      await trx.updateTable('documents').set({ warnings: JSON.stringify(x.warnings) }).where('id', '=', r.id).execute()
      await replaceExtraction(trx, r.id, x, new Date().toISOString())
    })
  }
  return rows.length
}

/** A stored document's row, as extraction reads it. */
export interface StoredRow {
  readonly text: string
  readonly published: string | null
  readonly language: string
  readonly format: string
  readonly outlet: string | null
  readonly title: string | null
  readonly url: string | null
  readonly origin: string | null
  readonly warnings: string
}

/** A stored document's row as extraction's input; only the reader's warnings are kept, the pipeline adds its own. */
export function asDocument(r: StoredRow): { doc: Document; warnings: Warning[] } {
  const doc: Document = {
    text: r.text, published: r.published, language: r.language, format: r.format as Document['format'],
    ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.title ? { title: r.title } : {}), ...(r.url ? { url: r.url } : {}), ...(r.origin ? { origin: r.origin } : {}),
  }
  return { doc, warnings: (JSON.parse(r.warnings) as Warning[]).filter((w) => w.rule?.startsWith('ingest')) }
}
