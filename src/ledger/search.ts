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

/** Full-text search over titles and texts with each engine's own index (FTS5 or tsvector). */
export async function searchDocuments(store: Db, query: string, limit = 20): Promise<SearchHit[]> {
  const words = wordsOf(query)
  if (words.length === 0) return []
  if (store.engine === 'sqlite') {
    const match = words.map((w) => `"${w}"`).join(' ')
    const { rows } = await sql<SearchHit>`
      SELECT d.id, d.title, d.outlet, d.published,
             snippet(documents_fts, 1, '', '', ' … ', 16) AS snippet
      FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ${match}
      ORDER BY rank LIMIT ${limit}`.execute(store.db)
    return rows
  }
  const tsquery = words.join(' & ')
  const { rows } = await sql<SearchHit>`
    SELECT id, title, outlet, published,
           ts_headline('simple', text, to_tsquery('simple', ${tsquery}), 'StartSel="",StopSel="",MaxWords=16,MinWords=8') AS snippet
    FROM documents WHERE tsv @@ to_tsquery('simple', ${tsquery})
    ORDER BY ts_rank(tsv, to_tsquery('simple', ${tsquery})) DESC LIMIT ${limit}`.execute(store.db)
  return rows
}
