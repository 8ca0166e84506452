import type { Extraction } from '../model/extraction.js'
import type { Place } from '../model/annotations.js'
import { PIPELINE_VERSION } from '../extract/version.js'
import { compactExtraction, digestOf } from './compact.js'
import { placeRows } from './places.js'
import type { ExtractionsTable, PlacesTable, StatementsTable } from './schema.js'

/**
 * What storing one document writes besides its metadata, serialized: built where the document was
 * extracted (an extraction thread, src/threads/extract-worker.ts), so the one writer only inserts
 * strings and a thread hands back a few strings instead of the extraction's object graph.
 * The times are the writer's, added when stored.
 */
export interface DocumentRows {
  /** JSON array of the extraction's warnings (the documents row). */
  readonly warnings: string
  readonly extraction: Omit<ExtractionsTable, 'extracted_at'>
  readonly statements: readonly StatementsTable[]
  readonly places: readonly PlacesTable[]
}

export function documentRows(docId: string, x: Extraction, places: readonly Place[] = []): DocumentRows {
  return { warnings: JSON.stringify(x.warnings), extraction: extractionRow(docId, x), statements: statementRows(docId, x), places: placeRows(docId, places) }
}

/** The extraction once, compact, with its digest (see compact.ts). */
export function extractionRow(docId: string, x: Extraction): Omit<ExtractionsTable, 'extracted_at'> {
  const data = compactExtraction(x, x.document.text)
  return { doc_id: docId, pipeline: PIPELINE_VERSION, data, digest: digestOf(data) }
}

/** A filter row per statement. */
export const statementRows = (docId: string, x: Extraction): StatementsTable[] => x.statements.map((s) => ({
  doc_id: docId, id: s.id, speakers: JSON.stringify(s.speakers), polarity: s.polarity,
  time_value: s.time.value ?? null, time_after: s.time.after ?? null, time_before: s.time.before ?? null,
}))
