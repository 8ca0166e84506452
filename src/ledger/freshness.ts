import { sql, type Kysely } from 'kysely'
import type { Db } from './db.js'
import type { Database } from './schema.js'
import type { Engine } from './engine.js'

/**
 * Whether the stored ledger is behind the documents and reviews. Every write bumps one row
 * (`store_state`) in its own transaction; the ledger records the version it was computed from.
 * Reading this is two primary-key lookups, never a scan, so any request may ask.
 */
export interface Freshness {
  readonly stale: boolean
  /** When the ledger was last computed (null: never). */
  readonly computedAt: string | null
  /** Seconds since it was computed: how old what a reader sees may be, when stale. */
  readonly ageSeconds: number | null
}

type StateDb = Kysely<Database & { ledger_state: { key: string; value: string } }>

/** Records that the documents or reviews changed; call inside the write's transaction. */
export async function markChanged(trx: Kysely<Database>): Promise<void> {
  await trx.updateTable('store_state').set((eb) => ({ version: eb('version', '+', 1), changed_at: new Date().toISOString() }))
    .where('id', '=', 1).execute()
}

/** The version of the documents and reviews now stored. */
export async function storeVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('store_state').select('version').where('id', '=', 1).executeTakeFirstOrThrow()
  return Number(row.version)
}

/**
 * Serializes ledger replacements across processes (ingest commands, queue workers, the server), and
 * says whether the stored ledger is already newer than `version` (or as new: `current`), so the caller may skip.
 * On PostgreSQL a transaction-scoped advisory lock; SQLite's write lock (taken by BEGIN IMMEDIATE) already
 * admits one writer. Without it, two refreshes under READ COMMITTED would each insert the whole ledger.
 */
export async function lockLedger(trx: Kysely<any>, engine: Engine, version: number): Promise<{ newer: boolean; current: boolean }> {
  if (engine === 'postgres') await sql`SELECT pg_advisory_xact_lock(${LEDGER_LOCK})`.execute(trx)
  const row = await (trx as StateDb).selectFrom('ledger_state').select('value').where('key', '=', 'version').executeTakeFirst()
  return { newer: row !== undefined && Number(row.value) > version, current: row !== undefined && Number(row.value) >= version }
}

/** The advisory lock key of the ledger: any constant 64-bit number, the same in every process. */
const LEDGER_LOCK = 7_104_221_031

/** Records, inside the ledger's replacing transaction, which store version it was computed from. */
export async function markLedgerComputed(trx: Kysely<any>, version: number): Promise<void> {
  const state = (trx as StateDb)
  await state.deleteFrom('ledger_state').where('key', 'in', ['version', 'computed_at']).execute()
  await state.insertInto('ledger_state').values([
    { key: 'version', value: String(version) }, { key: 'computed_at', value: new Date().toISOString() },
  ]).execute()
}

export async function readFreshness(store: Db): Promise<Freshness> {
  const db = store.db.withTables<{ ledger_state: { key: string; value: string } }>()
  const [state, rows] = await Promise.all([
    db.selectFrom('store_state').select('version').where('id', '=', 1).executeTakeFirstOrThrow(),
    db.selectFrom('ledger_state').select(['key', 'value']).where('key', 'in', ['version', 'computed_at']).execute(),
  ])
  const kept = new Map(rows.map((r) => [r.key, r.value]))
  const computedAt = kept.get('computed_at') ?? null
  const stale = Number(kept.get('version') ?? -1) !== Number(state.version)
  const ageSeconds = computedAt ? Math.max(0, Math.round((Date.now() - Date.parse(computedAt)) / 1000)) : null
  return { stale, computedAt, ageSeconds }
}
