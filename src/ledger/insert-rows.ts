import type { Kysely } from 'kysely'

/**
 * Both engines cap the bound parameters of one statement (SQLite 32,766; PostgreSQL 65,535): rows go
 * in as few multi-row INSERTs as stay under the lower cap.
 */
const MAX_PARAMETERS = 30_000

/** Inserts rows (all with the same columns) in multi-row statements; callers build the rows typed. */
export async function insertRows(db: Kysely<any>, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return
  const perRow = Object.keys(rows[0] as object).length
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow))
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size)).execute()
  }
}
