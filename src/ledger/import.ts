import type { Document, Warning } from '../model/document.js'
import type { Extraction } from '../model/extraction.js'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { extractDocument } from '../extract/extract.js'
import { checkDocumentSize } from '../extract/limits-guard.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import type { Reader } from '../ingest/read.js'
import { contentHash } from '../ingest/identity.js'
import { documentsByHash } from './documents.js'
import { addDocument, type AddResult } from './store-documents.js'
import type { Db } from './db.js'
import { knownPlaces } from './places.js'
import { differences } from './differences.js'

/** Extracts one document with the countries `known` from others: here, or in a worker thread (src/threads/extract-thread.ts). */
export type Extractor = (doc: Document, warnings: readonly Warning[], known: readonly LearnedCountry[], limits?: Limits) => Promise<Extraction>

/** How documents are read and extracted: by `read` and `extract` (a server's run in a worker thread), within `limits`. */
export interface ExtractOptions {
  readonly read?: Reader
  readonly extract?: Extractor
  readonly limits?: Limits
}

/** Extraction on the calling thread. */
export const extractHere: Extractor = async (doc, warnings, known, limits) => extractDocument(doc, warnings, undefined, known, limits)

/**
 * Extracts and stores one document (by `extract`: a server gives one that runs off its event loop). Extraction runs before the transaction opens, so a failure
 * anywhere leaves the store as it was; a document already stored is not extracted again. Countries
 * learned from the documents stored before complete the document's own (re-extraction, after all
 * imports, uses what every document taught, whatever order they came in). `known` replaces those: what
 * the store and a batch's earlier documents had taught when the batch was queued (src/queue/jobs.ts).
 */
export async function importDocument(
  store: Db, doc: Document, warnings: readonly Warning[] = [], limits?: Limits, known?: readonly LearnedCountry[], extract = extractHere,
): Promise<AddResult> {
  // Refused here, before the text is hashed or copied to an extraction thread.
  checkDocumentSize(doc.text, limits ?? DEFAULT_LIMITS)
  const hash = contentHash(doc.text)
  const existing = (await documentsByHash(store, [hash])).get(hash)
  if (existing) return { status: 'unchanged', document: existing, differs: differences(existing, doc) }
  const x = await extract(doc, warnings, known ?? await knownPlaces(store), limits)
  return addDocument(store, { ...doc, hash }, x, learnPlaces(doc.text))
}
