import { ClaimtrailError } from '../errors.js'
import { fieldMessage } from '../fields.js'
import { countryInfo } from '../lexicon/en/countries.js'
import type { Db } from './db.js'
import type { PlaceBindings } from './apply-bindings.js'
import { knownPlaces } from './places.js'
import { recordAudit, type AuditEntry } from './audit.js'

/**
 * Binding a learned country (X-VALDORIA) to a real code, audited like a review. One row per bound code
 * (migration 016); the audit log keeps every bind and unbind. The ledger applies them on read
 * (apply-bindings.ts), so nothing stored is rewritten and an unbinding gives the learned code back.
 */

type BindingsDb = { place_bindings: { code: string; target: string; at: string; reviewer: string } }
const bindingsDb = (store: Db) => store.db.withTables<BindingsDb>()

/** ISO 3166-1 keeps these for users: a country the data lacks may be given one (AA, QM–QZ, XA–XZ, ZZ). */
const USER_ASSIGNED = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/

/** A code a binding may point at: one the country data knows, or a user-assigned one it does not use. */
export function isBindableCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && (countryInfo(code) !== undefined || USER_ASSIGNED.test(code))
}

export async function loadBindings(store: Db): Promise<PlaceBindings> {
  const rows = await bindingsDb(store).selectFrom('place_bindings').select(['code', 'target']).execute()
  return new Map(rows.map((r) => [r.code, r.target]))
}

export interface PlaceEntry {
  readonly code: string
  readonly name: string | null
  readonly demonym?: string
  readonly capitals: readonly string[]
  /** The real code it is bound to, with who bound it and when. */
  readonly boundTo: string | null
  readonly boundBy?: string
  readonly boundAt?: string
}

/** The learned countries with their bindings; a binding whose country no stored document names any more is listed too. */
export async function listPlaces(store: Db): Promise<PlaceEntry[]> {
  const [known, rows] = await Promise.all([knownPlaces(store), bindingsDb(store).selectFrom('place_bindings').selectAll().execute()])
  const bound = new Map(rows.map((r) => [r.code, r]))
  const binding = (code: string) => {
    const b = bound.get(code)
    return b ? { boundTo: b.target, boundBy: b.reviewer, boundAt: b.at } : { boundTo: null }
  }
  const learned = new Set(known.map((p) => p.code))
  return [
    ...known.map((p) => ({ code: p.code, name: p.name, ...(p.demonym ? { demonym: p.demonym } : {}), capitals: p.capitals, ...binding(p.code) })),
    ...rows.filter((r) => !learned.has(r.code)).map((r) => ({ code: r.code, name: null, capitals: [], ...binding(r.code) })),
  ].sort((a, b) => a.code.localeCompare(b.code))
}

export interface BindInput {
  readonly code: string
  readonly to: string
  /** Allow a second learned code onto a real code another one is bound to: both are then one country. */
  readonly share?: boolean
  readonly reviewer: string
  readonly note?: string
}

/**
 * Binds a learned code to a real one. Refused: a code no document taught, a target the data does not
 * know outside the user-assigned range, a code already bound (unbind it first), and, unless `share`,
 * a target another learned code is bound to (two names of one country are the user's call, not ours).
 */
export async function bindPlace(store: Db, input: BindInput): Promise<AuditEntry> {
  const code = input.code.trim().toUpperCase()
  const to = input.to.trim().toUpperCase()
  if (!isBindableCode(to)) throw new ClaimtrailError('bad_input', fieldMessage('to', 'expected a country code the data knows or a user-assigned one (AA, QM–QZ, XA–XZ, ZZ)', to))
  const learned = await store.db.selectFrom('places').select('code').where('code', '=', code).limit(1).executeTakeFirst()
  if (!learned) throw new ClaimtrailError('not_found', `code: no learned country "${code}" in the store (see: claimtrail places)`)
  const bindings = await loadBindings(store)
  const now = bindings.get(code)
  if (now) throw new ClaimtrailError('conflict', `code: ${code} is bound to ${now} already; unbind it first`)
  const sharing = [...bindings].filter(([, target]) => target === to).map(([c]) => c)
  if (sharing.length && !input.share) {
    throw new ClaimtrailError('conflict', `to: ${to} already stands for ${sharing.join(', ')}; pass share (--share) if they are one country`)
  }
  const at = new Date().toISOString()
  return store.db.transaction().execute(async (trx) => {
    // A bind racing this one for the same code lands first: this one is refused, not a raw key error.
    const added = await trx.withTables<BindingsDb>().insertInto('place_bindings').values({ code, target: to, at, reviewer: input.reviewer })
      .onConflict((oc) => oc.column('code').doNothing()).executeTakeFirst()
    if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) throw new ClaimtrailError('conflict', `code: ${code} was bound meanwhile; see: claimtrail places`)
    const row = { at, reviewer: input.reviewer, docId: null, kind: 'place', itemId: code, spanStart: null, spanEnd: null, action: 'bind', patch: { to } } as const
    return recordAudit(trx, row, { code, boundTo: null }, { code, boundTo: to }, input.note)
  })
}

/** Undoes a binding: the learned code is read as itself again. */
export async function unbindPlace(store: Db, input: { code: string; reviewer: string; note?: string }): Promise<AuditEntry> {
  const code = input.code.trim().toUpperCase()
  const target = (await loadBindings(store)).get(code)
  if (!target) throw new ClaimtrailError('not_found', `code: "${code}" is not bound (see: claimtrail places)`)
  const at = new Date().toISOString()
  return store.db.transaction().execute(async (trx) => {
    const gone = await trx.withTables<BindingsDb>().deleteFrom('place_bindings').where('code', '=', code).where('target', '=', target).executeTakeFirst()
    if (Number(gone.numDeletedRows) === 0) throw new ClaimtrailError('conflict', `code: ${code} was changed meanwhile; see: claimtrail places`)
    const row = { at, reviewer: input.reviewer, docId: null, kind: 'place', itemId: code, spanStart: null, spanEnd: null, action: 'unbind', patch: null } as const
    return recordAudit(trx, row, { code, boundTo: target }, { code, boundTo: null }, input.note)
  })
}
