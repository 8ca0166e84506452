import { sql, type Kysely } from 'kysely'

/**
 * An event listing reads a summary (src/model/ledger.ts: EventSummary), not the whole event: an event
 * told in thousands of copies carried every mention and member into each page (332 KB for 50 events at
 * 20,000 articles). As in 015, the kept parts are dropped so the next update writes every summary;
 * until then a listing makes a row's summary from its data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_events').addColumn('summary', 'text').execute()
  await sql`DELETE FROM ledger_parts`.execute(db)
  await sql`DELETE FROM ledger_state WHERE key = 'version'`.execute(db)
}
