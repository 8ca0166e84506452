import type { Document, Warning } from '../model/document.js'
import { extractDocument } from '../extract/extract.js'
import { contentHash } from '../ingest/identity.js'
import { addDocument, findDocument, type AddResult } from './documents.js'
import type { Db } from './db.js'

/**
 * Extracts and stores one document. Extraction runs before the transaction opens, so a failure
 * anywhere leaves the store as it was; a document already stored is not extracted again.
 */
export async function importDocument(store: Db, doc: Document, warnings: readonly Warning[] = []): Promise<AddResult> {
  const hash = contentHash(doc.text)
  const existing = await findDocument(store, hash)
  if (existing) return { status: 'unchanged', document: existing }
  return addDocument(store, { ...doc, hash }, extractDocument(doc, warnings))
}
