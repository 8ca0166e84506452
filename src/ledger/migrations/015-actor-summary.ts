import { sql, type Kysely } from 'kysely'

/**
 * An actor listing reads a summary (src/model/ledger.ts: ActorSummary), not the whole actor: a person
 * named in thousands of documents carried every document id into each page of fifty (6 MB at 40,000
 * articles). The kept parts are dropped so the next update writes every summary; until then a listing
 * makes a row's summary from its data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_actors').addColumn('summary', 'text').execute()
  await sql`DELETE FROM ledger_parts`.execute(db)
  await sql`DELETE FROM ledger_state WHERE key = 'version'`.execute(db)
}
