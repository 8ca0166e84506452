import type { Kysely } from 'kysely'

/**
 * Which per-document actors each ledger actor merges: "Dunai" in one article and "Pavel Dunai" in
 * another are one person, so a listing by the ledger actor finds the statements of both. Rewritten
 * with the rest of the ledger by refreshLedger().
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('ledger_actor_members')
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('local_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('ledger_actor_members_pk', ['actor', 'doc_id', 'local_id'])
    .execute()
}
