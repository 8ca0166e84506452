import { sql, type Kysely } from 'kysely'
import type { Engine } from '../engine.js'

/** Documents and their full-text index, each engine with its own index kind (FTS5, tsvector). */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('seq', 'integer', (col) =>
      engine === 'postgres' ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement())
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('hash', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('url', 'text')
    .addColumn('published', 'text')
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('origin', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('warnings', 'text', (col) => col.notNull())
    .addColumn('ingested_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('documents_published').on('documents').column('published').execute()
  if (engine === 'postgres') {
    await sql`ALTER TABLE documents ADD COLUMN tsv tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED`.execute(db)
    await sql`CREATE INDEX documents_tsv ON documents USING gin (tsv)`.execute(db)
  } else {
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
  }
}
