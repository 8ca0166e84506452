import type { Kysely } from 'kysely'

/**
 * The ledger across documents, recomputed as a whole by refreshLedger(): every row keeps its filter
 * columns beside the whole item as JSON in `data`, and `seq` is its place in the computed order, so a
 * page is an index range scan and never a sort or a scan of JSON. Join tables hold the many-valued
 * filters (the actors of a disagreement, the actors and events of a timeline entry).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const table = (name: string) => db.schema.createTable(name)
    .addColumn('seq', 'integer', (col) => col.primaryKey())
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('data', 'text', (col) => col.notNull())

  await table('ledger_actors')
    .addColumn('name_fold', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('country', 'text')
    .execute()
  await table('ledger_events')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('date', 'text')
    .addColumn('location', 'text')
    .execute()
  await table('ledger_reversals').addColumn('actor', 'text', (col) => col.notNull()).execute()
  await table('ledger_disagreements').execute()
  await table('ledger_tallies')
    .addColumn('event', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .execute()
  await table('ledger_timeline')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('time_start', 'text')
    .addColumn('time_end', 'text')
    .execute()

  // What the stored ledger was computed from, so a reader can tell whether it is out of date.
  await db.schema.createTable('ledger_state')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute()

  const links = (name: string, column: string) => db.schema.createTable(name)
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn(column, 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, [column, 'seq'])
    .execute()
  await links('ledger_disagreement_actors', 'actor')
  await links('ledger_timeline_actors', 'actor')
  await links('ledger_timeline_events', 'event')

  for (const [t, c] of [
    ['ledger_actors', 'type'], ['ledger_actors', 'name_fold'], ['ledger_events', 'date'], ['ledger_events', 'kind'],
    ['ledger_reversals', 'actor'], ['ledger_tallies', 'event'], ['ledger_timeline', 'time_start'], ['ledger_timeline', 'time_end'],
  ] as const) {
    await db.schema.createIndex(`${t}_${c}`).on(t).columns([c, 'seq']).execute()
  }
}
