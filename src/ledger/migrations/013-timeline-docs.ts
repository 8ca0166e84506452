import { sql, type Kysely } from 'kysely'

/**
 * A timeline row of a statement or a lone figure belongs to one document (`doc_id`; null for an event's
 * row): an update compares and rewrites only the rows of documents read again, not the whole timeline.
 * The kept parts are dropped so the next update reads every document once and fills the column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_timeline').addColumn('doc_id', 'text').execute()
  await db.schema.createIndex('ledger_timeline_doc').on('ledger_timeline').column('doc_id').execute()
  await sql`DELETE FROM ledger_parts`.execute(db)
  await sql`DELETE FROM ledger_state WHERE key = 'version'`.execute(db)
}
