import type { Kysely } from 'kysely'
import type { Engine } from '../engine.js'

/**
 * Human review: one row per change, never updated or deleted, so the table is the audit log.
 * The latest row for an item is its review state. Items are also keyed by their evidence span,
 * so a review finds its item again after re-extraction renumbers the ids.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('reviews')
    .addColumn('seq', 'integer', (col) =>
      engine === 'postgres' ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('reviewer', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('patch', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('note', 'text')
    .execute()
  await db.schema.createIndex('reviews_item').on('reviews').columns(['doc_id', 'kind', 'item_id']).execute()
}
