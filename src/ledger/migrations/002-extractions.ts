import type { Kysely } from 'kysely'

/** What extraction found, per document: the whole contract object, and its items as rows to query. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('extractions')
    .addColumn('doc_id', 'text', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('pipeline', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('extracted_at', 'text', (col) => col.notNull())
    .execute()

  const items = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['doc_id', 'id'])

  await items('doc_actors')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('country', 'text')
    .execute()
  await items('statements')
    .addColumn('speakers', 'text', (col) => col.notNull())
    .addColumn('polarity', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) => col.notNull())
    .addColumn('cue', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('time_value', 'text')
    .addColumn('time_after', 'text')
    .addColumn('time_before', 'text')
    .execute()
  await items('casualties')
    .addColumn('count', 'integer')
    .addColumn('grp', 'text', (col) => col.notNull())
    .addColumn('country', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('reported_by', 'text')
    .addColumn('event_id', 'text')
    .execute()
  await items('events')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('date', 'text')
    .addColumn('location', 'text')
    .execute()
  await items('timexes')
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('start', 'integer', (col) => col.notNull())
    .addColumn('end', 'integer', (col) => col.notNull())
    .execute()

  for (const [table, column] of [['statements', 'time_value'], ['casualties', 'event_id'], ['events', 'date']] as const) {
    await db.schema.createIndex(`${table}_${column}`).on(table).column(column).execute()
  }
}
