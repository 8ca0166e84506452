import { ClaimtrailError } from '../errors.js'
import type { Warning } from '../model/document.js'
import type { Db } from './db.js'
import { getDocument, type StoredDocument } from './documents.js'
import { replaceExtraction } from './extractions.js'
import { knownPlaces } from './places.js'
import { asDocument } from './reextract.js'
import { extractHere, type Extractor } from './import.js'
import { recordAudit, type AuditEntry } from './audit.js'

/**
 * Fixing mistakes: a document's metadata corrected, or the document removed. Each is one transaction
 * with its audit entry; the ledger catches up as after any write (the caller asks it to).
 */

/** The metadata a person may correct; the text is the document's identity and stays. `null` clears a field. */
export interface DocumentChanges {
  readonly published?: string | null
  readonly outlet?: string | null
  readonly title?: string | null
  readonly url?: string | null
  readonly language?: string
}

export const EDITABLE = ['published', 'outlet', 'title', 'url', 'language'] as const

type Metadata = Pick<StoredDocument, (typeof EDITABLE)[number]>

const metadataOf = (d: Metadata): Metadata => ({ published: d.published, outlet: d.outlet, title: d.title, url: d.url, language: d.language })

// Reader warnings a corrected field answers: a date given now, a URL replaced.
const ANSWERED: Partial<Record<(typeof EDITABLE)[number], string>> = { published: 'no_published_date', url: 'unsafe_url' }

/**
 * Corrects a document's metadata (fields already checked by ingest/fields.ts) and extracts it again, so
 * "yesterday" resolves against the corrected publication date (by `extract`, as on import). Reviews
 * re-attach by evidence span.
 */
export async function editDocument(
  store: Db, ref: string, changes: DocumentChanges, by: { reviewer: string; note?: string }, extract: Extractor = extractHere,
): Promise<AuditEntry> {
  if (!EDITABLE.some((k) => changes[k] !== undefined)) {
    throw new ClaimtrailError('bad_input', `nothing to change: give at least one of ${EDITABLE.join(', ')}`)
  }
  const doc = await getDocument(store, ref)
  const before = metadataOf(doc)
  const after: Metadata = { ...before, ...changes }
  const changed = EDITABLE.filter((k) => before[k] !== after[k])
  const answered = new Set(changed.flatMap((k) => (ANSWERED[k] && after[k] !== null ? [ANSWERED[k]] : [])))
  const warnings = JSON.stringify(doc.warnings.filter((w: Warning) => !answered.has(w.code)))
  const again = asDocument({ ...doc, ...after, warnings })
  const x = await extract(again.doc, again.warnings, await knownPlaces(store))
  const at = new Date().toISOString()
  return store.db.transaction().execute(async (trx) => {
    await trx.updateTable('documents').set({ ...after, warnings: JSON.stringify(x.warnings) }).where('id', '=', doc.id).execute()
    await replaceExtraction(trx, doc.id, x, at)
    const patch = Object.fromEntries(changed.map((k) => [k, after[k]]))
    return recordAudit(trx, auditRow(doc.id, 'edit', by.reviewer, at, patch), pick(before, changed), pick(after, changed), by.note)
  })
}

/**
 * Removes a document and everything extracted from it (extraction, statement rows, learned places, by
 * the foreign keys; the full-text index by its trigger). Its reviews stay in the audit log, which is
 * never edited: ingesting the same text again brings them back with it.
 */
export async function deleteDocument(store: Db, ref: string, by: { reviewer: string; note?: string }): Promise<AuditEntry> {
  const doc = await getDocument(store, ref)
  const at = new Date().toISOString()
  return store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('documents').where('id', '=', doc.id).execute()
    const { warnings: _w, ...kept } = doc
    return recordAudit(trx, auditRow(doc.id, 'delete', by.reviewer, at, null), { ...kept, text: undefined }, null, by.note)
  })
}

function auditRow(docId: string, action: 'edit' | 'delete', reviewer: string, at: string, patch: Record<string, unknown> | null) {
  return { at, reviewer, docId, kind: 'document' as const, itemId: docId, spanStart: null, spanEnd: null, action, patch }
}

const pick = (m: Metadata, keys: readonly (keyof Metadata)[]) => Object.fromEntries(keys.map((k) => [k, m[k]]))
