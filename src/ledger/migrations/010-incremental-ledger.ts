import { sql, type Kysely } from 'kysely'
import type { Engine } from '../engine.js'

/**
 * The ledger is updated a document at a time (issue 11) instead of rewritten whole:
 * - a row's place in a listing is its own `sort` key (bytewise order, then id), not a dense position,
 *   so adding a row moves no other; `seq` stays the row's number for the link tables;
 * - `hash` tells whether a recomputed row differs from the stored one, so unchanged rows stay;
 * - `ledger_parts` keeps each document's claims, figures and timeline entries with the fingerprint of
 *   everything across documents they were read under: a document is read again only when it changes.
 * The ledger is marked stale so the next update fills the new columns.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const tables = ['ledger_actors', 'ledger_events', 'ledger_reversals', 'ledger_disagreements', 'ledger_tallies', 'ledger_timeline'] as const
  for (const t of tables) {
    // PostgreSQL would otherwise sort by the server's locale, which ignores the separators keys use.
    await db.schema.alterTable(t).addColumn('sort', 'text', (col) => (engine === 'postgres' ? col.modifyEnd(sql`COLLATE "C"`) : col)).execute()
    await db.schema.alterTable(t).addColumn('hash', 'text').execute()
    await db.schema.createIndex(`${t}_sort`).on(t).columns(['sort', 'id']).execute()
  }
  for (const [t, c] of [['ledger_actors', 'type'], ['ledger_events', 'kind'], ['ledger_reversals', 'actor'], ['ledger_tallies', 'event']] as const) {
    await db.schema.createIndex(`${t}_${c}_sort`).on(t).columns([c, 'sort', 'id']).execute()
  }
  await db.schema.createIndex('ledger_actor_members_doc').on('ledger_actor_members').column('doc_id').execute()
  await db.schema.createTable('ledger_parts')
    .addColumn('doc_id', 'text', (col) => col.primaryKey())
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute()
  await sql`DELETE FROM ledger_state WHERE key = 'version'`.execute(db)
}
