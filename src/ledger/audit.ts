/** The audit log: every review, document edit or deletion and place binding, with who, when and why. */
import type { Kysely } from 'kysely'
import type { ReviewAction, ReviewKind, ReviewRow } from './apply-reviews.js'
import type { Db } from './db.js'
import { markChanged } from './freshness.js'
import type { Database } from './schema.js'

/**
 * Besides item reviews, the log records changes to whole documents (metadata edits and deletions) and
 * bindings of learned countries to real codes (place-bindings.ts).
 */
export type AuditKind = ReviewKind | 'document' | 'place'
export type AuditAction = ReviewAction | 'edit' | 'delete' | 'bind' | 'unbind'

/** A row of the audit log as written: a review row, or a document change. */
export type AuditRow = Omit<ReviewRow, 'kind' | 'action'> & { readonly kind: AuditKind; readonly action: AuditAction }

export interface AuditEntry {
  readonly id: number
  readonly at: string
  readonly reviewer: string
  readonly docId: string | null
  readonly kind: AuditKind
  readonly itemId: string
  readonly action: AuditAction
  readonly before: unknown
  readonly after: unknown
  readonly note: string | null
}

/** Appends one row to the audit log inside the caller's transaction, and marks the store changed. */
export async function recordAudit(trx: Kysely<Database>, row: AuditRow, before: unknown, after: unknown, note: string | undefined): Promise<AuditEntry> {
  await markChanged(trx)
  const { seq } = await trx.insertInto('reviews').values({
    at: row.at, reviewer: row.reviewer, doc_id: row.docId, kind: row.kind, item_id: row.itemId,
    span_start: row.spanStart, span_end: row.spanEnd, action: row.action,
    patch: row.patch ? JSON.stringify(row.patch) : null,
    before: before === undefined ? null : JSON.stringify(before), after: after == null ? null : JSON.stringify(after), note: note ?? null,
  }).returning('seq').executeTakeFirstOrThrow()
  return { id: Number(seq), at: row.at, reviewer: row.reviewer, docId: row.docId, kind: row.kind, itemId: row.itemId, action: row.action, before, after: after ?? null, note: note ?? null }
}

/** The audit log, newest first. */
export async function listAudit(store: Db, options: { docId?: string; limit?: number; offset?: number } = {}): Promise<AuditEntry[]> {
  let q = store.db.selectFrom('reviews').selectAll()
  if (options.docId) q = q.where('doc_id', '=', options.docId)
  const rows = await q.orderBy('seq', 'desc').limit(options.limit ?? 100).offset(options.offset ?? 0).execute()
  return rows.map((r) => ({
    id: Number(r.seq), at: r.at, reviewer: r.reviewer, docId: r.doc_id, kind: r.kind as AuditKind, itemId: r.item_id,
    action: r.action as AuditAction, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null, note: r.note,
  }))
}
