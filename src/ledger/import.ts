import type { Document, Warning } from '../model/document.js'
import { extractDocument } from '../extract/extract.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { contentHash } from '../ingest/identity.js'
import { documentsByHash } from './documents.js'
import { addDocument, type AddResult } from './store-documents.js'
import type { Db } from './db.js'
import { knownPlaces } from './places.js'

/**
 * Extracts and stores one document. Extraction runs before the transaction opens, so a failure
 * anywhere leaves the store as it was; a document already stored is not extracted again. Countries
 * learned from the documents stored before complete the document's own (re-extraction, after all
 * imports, uses what every document taught, whatever order they came in).
 */
export async function importDocument(store: Db, doc: Document, warnings: readonly Warning[] = []): Promise<AddResult> {
  const hash = contentHash(doc.text)
  const existing = (await documentsByHash(store, [hash])).get(hash)
  if (existing) return { status: 'unchanged', document: existing }
  const x = extractDocument(doc, warnings, undefined, await knownPlaces(store))
  return addDocument(store, { ...doc, hash }, x, learnPlaces(doc.text))
}
