import { ClaimtrailError } from '../errors.js'
import type { Db } from './db.js'
import { loadExtraction, loadStoredExtraction } from './extractions.js'
import { ledgerDb } from './refresh.js'
import { checkPatchValues } from './review-patch.js'
import { anchorOf, applyReviews, CORRECTABLE, findReviewed, type ReviewKind, type ReviewRow } from './apply-reviews.js'
import { recordAudit, type AuditEntry } from './audit.js'
import { reviewedExtraction, reviewRowsFor } from './review-rows.js'

export type { ReviewAction, ReviewKind } from './apply-reviews.js'

export interface ReviewInput {
  readonly docId: string
  readonly kind: ReviewKind
  readonly itemId: string
  readonly action: 'confirm' | 'correct' | 'reject'
  readonly patch?: Readonly<Record<string, unknown>>
  readonly reviewer: string
  readonly note?: string
}

const KINDS = Object.keys(CORRECTABLE) as ReviewKind[]

function checkPatch(kind: ReviewKind, patch: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  if (!patch || Object.keys(patch).length === 0) throw new ClaimtrailError('bad_input', 'a correction needs at least one field to change')
  const unknown = Object.keys(patch).filter((k) => !CORRECTABLE[kind].includes(k))
  if (unknown.length) throw new ClaimtrailError('bad_input', `cannot correct ${unknown.join(', ')} of a ${kind}; correctable: ${CORRECTABLE[kind].join(', ')}`)
  return checkPatchValues(kind, patch)
}

/**
 * Records a review action and returns its audit entry. The item is looked up in the extraction as
 * already reviewed, so `before` is what the reviewer saw.
 */
export async function reviewItem(store: Db, input: ReviewInput): Promise<AuditEntry> {
  if (!KINDS.includes(input.kind)) throw new ClaimtrailError('bad_input', `unknown item kind "${input.kind}"; one of ${KINDS.join(', ')}`)
  if (!input.reviewer.trim()) throw new ClaimtrailError('bad_input', 'a review needs the reviewer’s name')
  const patch = input.action === 'correct' ? checkPatch(input.kind, input.patch) : undefined
  const raw = await loadStoredExtraction(store, input.docId)
  if (!raw) throw new ClaimtrailError('not_found', `no document "${input.docId}" in the store`)
  const rows = await reviewRowsFor(store, input.docId)
  const seen = reviewedExtraction(raw, input.docId, rows)
  const key = { kind: input.kind, itemId: input.itemId, spanStart: null, spanEnd: null }
  const before = findReviewed(seen, key) ?? findReviewed(raw, key)
  if (!before) throw new ClaimtrailError('not_found', `no ${input.kind} "${input.itemId}" in document ${input.docId}`)
  const anchor = anchorOf(input.kind, before)
  const row: ReviewRow = {
    at: new Date().toISOString(), reviewer: input.reviewer, docId: input.docId, kind: input.kind, itemId: before.id,
    spanStart: anchor?.start ?? null, spanEnd: anchor?.end ?? null, action: input.action, patch: patch ?? null,
  }
  const after = input.action === 'reject' ? null : findReviewed(applyReviews(raw, [...rows.filter((r) => r.docId === input.docId), row]), row)
  return insert(store, row, before, after, input.note)
}

/** Merges one actor into another across every document (e.g. two spellings of one minister). */
export async function mergeActors(store: Db, input: { from: string; into: string; reviewer: string; note?: string }): Promise<AuditEntry> {
  if (input.from === input.into) throw new ClaimtrailError('bad_input', 'an actor cannot be merged into itself')
  // A merge into an id nobody has would rename the actor to a stranger, or to whoever takes that id later.
  for (const [field, id] of [['from', input.from], ['into', input.into]] as const) {
    if (!(await actorExists(store, id))) throw new ClaimtrailError('not_found', `${field}: no actor "${id}" in the ledger (see: claimtrail actors)`)
  }
  const row: ReviewRow = {
    at: new Date().toISOString(), reviewer: input.reviewer, docId: null, kind: 'actor', itemId: input.from,
    spanStart: null, spanEnd: null, action: 'merge', patch: { into: input.into },
  }
  return insert(store, row, { id: input.from }, { id: input.into }, input.note)
}

/** Gives one document's actor its own id again, e.g. to undo a merge there. */
export async function splitActor(store: Db, input: { docId: string; actorId: string; newId: string; reviewer: string; note?: string }): Promise<AuditEntry> {
  if (!/^[a-z]+-[\p{Ll}\p{N}-]+$/u.test(input.newId)) throw new ClaimtrailError('bad_input', `"${input.newId}" is not an actor id like p-jane-doe or org-red-cross`)
  // The id as extracted, or as reviews have renamed it since, or the ledger's id of it in that document.
  const views = await Promise.all([loadStoredExtraction(store, input.docId), loadExtraction(store, input.docId)])
  const local = async (id: string) => views.some((x) => x?.actors.some((a) => a.id === id)) ? id
    : (await ledgerDb(store).selectFrom('ledger_actor_members').select('local_id').where('actor', '=', id).where('doc_id', '=', input.docId).executeTakeFirst())?.local_id
  const actorId = await local(input.actorId)
  if (!actorId) throw new ClaimtrailError('not_found', `actor: no actor "${input.actorId}" in document ${input.docId}`)
  const row: ReviewRow = {
    at: new Date().toISOString(), reviewer: input.reviewer, docId: input.docId, kind: 'actor', itemId: actorId,
    spanStart: null, spanEnd: null, action: 'split', patch: { id: input.newId },
  }
  return insert(store, row, { id: actorId }, { id: input.newId }, input.note)
}

/** An actor the ledger lists, by its ledger id or by the id a document gave it. */
async function actorExists(store: Db, id: string): Promise<boolean> {
  const db = ledgerDb(store)
  const listed = await db.selectFrom('ledger_actors').select('id').where('id', '=', id).executeTakeFirst()
  return listed !== undefined || (await db.selectFrom('ledger_actor_members').select('actor').where('local_id', '=', id).limit(1).executeTakeFirst()) !== undefined
}

async function insert(store: Db, row: ReviewRow, before: unknown, after: unknown, note: string | undefined): Promise<AuditEntry> {
  return store.db.transaction().execute((trx) => recordAudit(trx, row, before, after, note))
}
