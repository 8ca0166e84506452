import { sql, type Kysely } from 'kysely'
import type { Engine } from '../engine.js'

/** API tokens (only a sha256 of each secret is kept, so a copy of the store grants nothing), and the API's listing indexes. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('tokens')
    .addColumn('seq', 'integer', (col) =>
      engine === 'postgres' ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement())
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('hash', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute()
  // The API lists statements across documents by the time they speak of (src/api/statement-query.ts
  // sorts by exactly this expression), and finds an actor's documents by actor id: both stay index
  // scans on a ledger of 100,000 statements (polarity rides along so that filter needs no table read).
  await sql`CREATE INDEX statements_when ON statements (coalesce(time_value, time_after, time_before, '9999'), doc_id, id, polarity)`.execute(db)
  await db.schema.createIndex('doc_actors_id').on('doc_actors').column('id').execute()
}
