import type { Kysely } from 'kysely'

/**
 * The place memory: the countries each document taught about itself (extract/places), so a later
 * document that names a country, or its capital, without saying what it is still resolves it.
 * Kept per document, so re-extraction can replace one document's share and deletion drops it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('places')
    .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('places_pk', ['doc_id', 'name'])
    .execute()
}
