import type { Kysely } from 'kysely'

/**
 * Learned countries bound to real codes by a person (ledger/place-bindings.ts): one row per learned code,
 * so a code is bound once; every bind and unbind is also in the audit log (reviews).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('place_bindings')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('reviewer', 'text', (col) => col.notNull())
    .execute()
}
