import type { Kysely } from 'kysely'

/**
 * Ledger events gain their summary and kind folded for matching (accents and case dropped), so a search
 * filters events in the database instead of reading every event's evidence. Filled by refreshLedger().
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_events').addColumn('name_fold', 'text').execute()
}
