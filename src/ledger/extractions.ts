import type { Kysely } from 'kysely'
import type { Extraction } from '../model/extraction.js'
import { PIPELINE_VERSION } from '../extract/version.js'
import type { Db } from './db.js'
import type { Database } from './schema.js'
import { reviewedExtraction, reviewRowsFor } from './reviews.js'

const json = (v: unknown) => JSON.stringify(v)

/** Replaces a document's extraction (re-extraction); reviews live apart and are applied on read. */
export async function replaceExtraction(trx: Kysely<Database>, docId: string, x: Extraction, now: string): Promise<void> {
  for (const table of ['extractions', 'doc_actors', 'statements', 'casualties', 'events', 'timexes'] as const) {
    await trx.deleteFrom(table).where('doc_id', '=', docId).execute()
  }
  await saveExtraction(trx, docId, x, now)
}

/** Writes the extraction of one document: the whole object, and each item as a row to query. */
export async function saveExtraction(trx: Kysely<Database>, docId: string, x: Extraction, now: string): Promise<void> {
  const { text: _text, ...document } = x.document
  await trx.insertInto('extractions').values({
    doc_id: docId, pipeline: PIPELINE_VERSION, extracted_at: now, data: json({ ...x, document }),
  }).execute()
  // Insert in batches: one statement per table keeps a long article cheap on both engines.
  const batch = async <T extends keyof Database>(table: T, rows: Database[T][]) => {
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto(table).values(rows.slice(i, i + 200) as never).execute()
  }
  await batch('doc_actors', x.actors.map((a) => ({ doc_id: docId, id: a.id, data: json(a), name: a.name, type: a.type, country: a.country ?? null })))
  await batch('statements', x.statements.map((s) => ({
    doc_id: docId, id: s.id, data: json(s), speakers: json(s.speakers), polarity: s.polarity, mode: s.mode,
    cue: s.cue.text, content: s.content.text,
    time_value: s.time.value ?? null, time_after: s.time.after ?? null, time_before: s.time.before ?? null,
  })))
  await batch('casualties', x.casualties.map((c) => ({
    doc_id: docId, id: c.id, data: json(c), count: c.count, grp: c.group, country: c.country ?? null,
    status: c.status, reported_by: c.reportedBy ?? null, event_id: c.event ?? null,
  })))
  await batch('events', x.events.map((e) => ({
    doc_id: docId, id: e.id, data: json(e), kind: e.kind, date: e.date ?? null, location: e.location ?? null,
  })))
  await batch('timexes', x.timex.map((t) => ({
    doc_id: docId, id: t.id, data: json(t), type: t.type, value: t.value, start: t.span.start, end: t.span.end,
  })))
}

/** A document's extraction as reviewed by people (corrections applied), with its text put back. */
export async function loadExtraction(store: Db, docId: string): Promise<Extraction | undefined> {
  const x = await loadStoredExtraction(store, docId)
  return x && reviewedExtraction(x, docId, await reviewRowsFor(store, docId))
}

/** The extraction exactly as the pipeline stored it, before any review. */
export async function loadStoredExtraction(store: Db, docId: string): Promise<Extraction | undefined> {
  const row = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
    .select(['extractions.data', 'documents.text']).where('extractions.doc_id', '=', docId).executeTakeFirst()
  if (!row) return undefined
  const x = JSON.parse(row.data) as Extraction
  return { ...x, document: { ...x.document, text: row.text } }
}
