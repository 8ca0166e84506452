import type { Document, Warning } from '../model/document.js'
import type { Limits } from '../limits.js'
import { extractDocument } from '../extract/extract.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import { contentHash } from '../ingest/identity.js'
import { documentsByHash } from './documents.js'
import { addDocument, type AddResult } from './store-documents.js'
import type { Db } from './db.js'
import type { StoredDocument } from './documents.js'
import { knownPlaces } from './places.js'

/**
 * Extracts and stores one document. Extraction runs before the transaction opens, so a failure
 * anywhere leaves the store as it was; a document already stored is not extracted again. Countries
 * learned from the documents stored before complete the document's own (re-extraction, after all
 * imports, uses what every document taught, whatever order they came in). `known` replaces those: what
 * the store and a batch's earlier documents had taught when the batch was queued (src/queue/jobs.ts).
 */
export async function importDocument(
  store: Db, doc: Document, warnings: readonly Warning[] = [], limits?: Limits, known?: readonly LearnedCountry[],
): Promise<AddResult> {
  const hash = contentHash(doc.text)
  const existing = (await documentsByHash(store, [hash])).get(hash)
  if (existing) return { status: 'unchanged', document: existing, differs: differences(existing, doc) }
  const x = extractDocument(doc, warnings, undefined, known ?? await knownPlaces(store), limits)
  return addDocument(store, { ...doc, hash }, x, learnPlaces(doc.text))
}

/**
 * The metadata a second copy of a stored text states differently. The text is what identifies a
 * document, so the copy changes nothing; the flags say how to correct the stored one if it is wrong.
 */
export function differences(stored: StoredDocument, doc: Document): string[] {
  const given = { published: doc.published, outlet: doc.outlet, title: doc.title, url: doc.url, language: doc.language }
  return Object.entries(given).flatMap(([k, v]) => (v != null && v !== stored[k as keyof typeof given] ? [`--${k} ${quote(v)}`] : []))
}

const quote = (v: string) => (/^[\w.:/-]+$/.test(v) ? v : `'${v.replace(/'/g, "'\\''")}'`)
