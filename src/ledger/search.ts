import { sql } from 'kysely'
import type { Db } from './db.js'

export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  /** A short passage around the best match, plain text. */
  readonly snippet: string
}

/** Words only: the query language of each engine is not exposed to users. */
function wordsOf(query: string): string[] {
  return query.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 16) ?? []
}

/** How many of the newest matching documents PostgreSQL ranks; the best of them are returned. */
export const RANKED = 500

/**
 * Full-text search over titles and texts with each engine's own index (FTS5 or tsvector). A query matching
 * more than RANKED documents is ranked among the RANKED newest: on PostgreSQL by publication date, on
 * SQLite by the order they were stored in (FTS5 walks its rowids in that order without ranking).
 */
export async function searchDocuments(store: Db, query: string, limit = 20): Promise<SearchHit[]> {
  const words = wordsOf(query)
  if (words.length === 0) return []
  if (store.engine === 'sqlite') {
    const match = words.map((w) => `"${w}"`).join(' ')
    // Ranking every match of a common word cost 82 ms at 20,000 documents: the rowid bound keeps the
    // RANKED newest, and FTS5 ranks only those.
    const { rows } = await sql<SearchHit>`
      SELECT d.id, d.title, d.outlet, d.published,
             snippet(documents_fts, 1, '', '', ' … ', 16) AS snippet
      FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ${match} AND documents_fts.rowid >= (
        SELECT coalesce(min(rowid), 0) FROM (
          SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${RANKED}))
      ORDER BY rank LIMIT ${limit}`.execute(store.db)
    return rows
  }
  const tsquery = sql`to_tsquery('simple', ${words.join(' & ')})`
  // Ranked among the newest matches only: a common word matches most of an archive, and ranking every
  // match (reading each one's tsvector) cost 100-250 ms at 20,000 documents. The candidates are picked by
  // their keys alone; only they are ranked, and only the returned page gets a snippet.
  const { rows } = await sql<SearchHit>`
    SELECT d.id, d.title, d.outlet, d.published,
           ts_headline('simple', d.text, ${tsquery}, 'StartSel="",StopSel="",MaxWords=16,MinWords=8') AS snippet
    FROM (SELECT c.seq, ts_rank(c.tsv, ${tsquery}) AS rank
          FROM (SELECT seq FROM documents WHERE tsv @@ ${tsquery}
                ORDER BY coalesce(published, '') DESC, seq DESC LIMIT ${RANKED}) newest
          JOIN documents c ON c.seq = newest.seq
          ORDER BY rank DESC, c.seq DESC LIMIT ${limit}) top
    JOIN documents d ON d.seq = top.seq
    ORDER BY top.rank DESC, top.seq DESC`.execute(store.db)
  return rows
}
