import { sql, type Kysely } from 'kysely'
import type { Engine } from '../engine.js'
import { compactExtraction } from '../compact.js'

/**
 * One stored copy of each extraction and of each text (issue 14). Before, every item was kept twice
 * (in the extraction and as a row of its own), every span carried its text, and SQLite's full-text
 * index held the text again. Now:
 * - the extraction is the one copy, its spans without text (put back from the document on load);
 * - item tables that nothing reads are gone, and `statements` keeps only what listings filter on;
 * - FTS5 indexes `documents` as external content, kept in step by triggers;
 * - `store_state` is one row that every write bumps, so a reader tells a stale ledger by one lookup;
 * - documents list through an index in their listing order, so a page never sorts the table.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await compactExtractions(db)
  for (const table of ['doc_actors', 'casualties', 'events', 'timexes']) await db.schema.dropTable(table).execute()
  for (const column of ['data', 'cue', 'content', 'mode']) await db.schema.alterTable('statements').dropColumn(column).execute()

  if (engine === 'sqlite') {
    await sql`DROP TABLE documents_fts`.execute(db)
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
    await sql`INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')`.execute(db)
    // Documents are written in one place but the index must never drift: triggers keep it in step.
    await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(db)
    await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END`.execute(db)
    await sql`CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(db)
  }

  // The listing order (publication date, unknown last, then newest in) as an index, plain and per outlet.
  await db.schema.dropIndex('documents_published').execute()
  await sql`CREATE INDEX documents_listing ON documents (coalesce(published, ''), seq)`.execute(db)
  await sql`CREATE INDEX documents_outlet_listing ON documents (outlet, coalesce(published, ''), seq)`.execute(db)

  await db.schema.createTable('store_state')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .execute()
  await sql`INSERT INTO store_state (id, version, changed_at) VALUES (1, 1, ${new Date().toISOString()})`.execute(db)
  // The ledger was computed from an unknown version: the first check after upgrading recomputes it.
  await sql`DELETE FROM ledger_state`.execute(db)
}

/** Rewrites every stored extraction without span texts, a few hundred at a time. */
async function compactExtractions(db: Kysely<unknown>): Promise<void> {
  type Row = { doc_id: string; data: string; text: string }
  let after = ''
  for (;;) {
    const { rows } = await sql<Row>`SELECT x.doc_id, x.data, d.text FROM extractions x JOIN documents d ON d.id = x.doc_id
      WHERE x.doc_id > ${after} ORDER BY x.doc_id LIMIT 200`.execute(db)
    if (rows.length === 0) return
    for (const r of rows) {
      await sql`UPDATE extractions SET data = ${compactExtraction(JSON.parse(r.data), r.text)} WHERE doc_id = ${r.doc_id}`.execute(db)
    }
    after = rows[rows.length - 1]!.doc_id
  }
}
