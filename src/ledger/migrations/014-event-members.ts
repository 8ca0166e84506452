import { sql, type Kysely } from 'kysely'

/**
 * Which per-document events each ledger event merges, by document: an update finds the stored events a
 * re-read or deleted document belonged to, and compares and rewrites only those (and the events of the
 * documents read again), not every event. The kept parts are dropped so the next update reads every
 * document once and fills the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('ledger_event_members')
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('local_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('ledger_event_members_pk', ['doc_id', 'local_id'])
    .execute()
  await sql`DELETE FROM ledger_parts`.execute(db)
  await sql`DELETE FROM ledger_state WHERE key = 'version'`.execute(db)
}
