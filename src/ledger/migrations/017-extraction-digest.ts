import { sql, type Kysely } from 'kysely'
import { digestOf } from '../compact.js'

/**
 * A hash of each stored extraction (extractions.data), written with it: a ledger update tells which
 * documents changed by their digests, without reading every extraction (ledger/snapshot.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('extractions').addColumn('digest', 'text').execute()
  for (;;) {
    const { rows } = await sql<{ doc_id: string; data: string }>`SELECT doc_id, data FROM extractions WHERE digest IS NULL LIMIT 500`.execute(db)
    if (rows.length === 0) return
    for (const r of rows) {
      await sql`UPDATE extractions SET digest = ${digestOf(r.data)} WHERE doc_id = ${r.doc_id}`.execute(db)
    }
  }
}
