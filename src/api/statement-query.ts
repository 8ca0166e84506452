import { sql } from 'kysely'
import type { Db } from '../ledger/db.js'
import type { Statement } from '../model/annotations.js'
import type { Extraction } from '../model/extraction.js'
import { reviewedExtraction, reviewRowsFor } from '../ledger/review-rows.js'
import { ledgerDb } from '../ledger/refresh.js'
import { pickFromExtractions } from '../ledger/extractions.js'
import { bindExtraction, unboundIds } from '../ledger/apply-bindings.js'
import { loadBindings } from '../ledger/place-bindings.js'

export interface StatementFilter {
  readonly actor?: string
  readonly outlet?: string
  readonly polarity?: 'asserts' | 'denies'
  readonly from?: string
  readonly to?: string
  /** Only statements of these documents (an event's documents, for example). */
  readonly docIds?: readonly string[]
  readonly limit: number
  readonly offset: number
}

export interface ListedStatement extends Statement {
  readonly docId: string
  readonly published: string | null
  readonly outlet: string | null
  readonly title: string | null
  readonly speakerNames: readonly string[]
}

/** Sorts after every TimeML date: statements with no time at all come last on both engines. */
export const UNDATED = '9999'


/**
 * Statements across documents, ordered by the time they speak of; undated ones last. A statement
 * dated only to a year or month matches a range by that granularity: "2019" is in 2019-06.
 */
export async function listStatements(store: Db, f: StatementFilter): Promise<ListedStatement[]> {
  const bindings = await loadBindings(store)
  // Exactly the expression of the statements_when index (migration 004): the listing sorts through it.
  const when = sql<string>`coalesce(s.time_value, s.time_after, s.time_before, ${sql.lit(UNDATED)})`
  // The page is found on the statements alone (documents are joined only to filter by outlet): a deep
  // page then steps over index entries, not over a join per skipped row.
  let q = ledgerDb(store).selectFrom('statements as s').select(['s.doc_id', 's.id'])
  if (f.actor) {
    // A ledger actor merges per-document actors ("Dunai" here, "Pavel Dunai" there): the documents it
    // appears in narrow the scan, then each statement's speakers are matched against its own document's id.
    const actor = f.actor
    const escaped = sql<string>`replace(replace(replace(m.local_id, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`
    // Stored speakers keep a learned country's own ids; a bound one (gov-xv) matches them too.
    const unbound = unboundIds(actor, bindings).map((id) => sql<boolean>`s.speakers like ${`%"${id.replace(/[%_\\]/g, '\\$&')}"%`} escape '\\'`)
    q = q.where('s.doc_id', 'in', (eb) => eb.selectFrom('ledger_actor_members as m').select('m.doc_id').where('m.actor', '=', actor))
      .where((eb) => eb.exists(eb.selectFrom('ledger_actor_members as m').select('m.local_id')
        .where('m.actor', '=', actor).whereRef('m.doc_id', '=', 's.doc_id')
        .where((w) => w.or([sql<boolean>`s.speakers like ('%"' || ${escaped} || '"%') escape '\\'`, ...unbound]))))
  }
  if (f.polarity) q = q.where('s.polarity', '=', f.polarity)
  if (f.outlet) q = q.where('s.doc_id', 'in', (eb) => eb.selectFrom('documents as d').select('d.id').where('d.outlet', '=', f.outlet!))
  // Each range test comes twice: a plain bound the index can range-scan, then the exact test by
  // granularity. Coarser values sort before the finer ones they contain ("2029" < "2029-03" < "2029-03-01"),
  // so the from-year bounds them all; `to` followed by '~' sorts after every digit and dash.
  if (f.from) q = q.where(when, '>=', f.from.slice(0, 4)).where(sql<boolean>`${when} >= substr(${f.from}, 1, length(${when}))`)
  if (f.to) q = q.where(when, '<=', `${f.to}~`).where(sql<boolean>`substr(${when}, 1, length(${f.to})) <= ${f.to}`)
  if (f.from || f.to) q = q.where(when, '!=', UNDATED)
  if (f.docIds) q = f.docIds.length ? q.where('s.doc_id', 'in', f.docIds) : q.where(sql<boolean>`1 = 0`)
  const rows = await q.orderBy(when).orderBy('s.doc_id').orderBy('s.id').limit(f.limit).offset(f.offset).execute()
  const docIds = [...new Set(rows.map((r) => r.doc_id))]
  const meta = new Map(docIds.length ? (await store.db.selectFrom('documents').select(['id', 'published', 'outlet', 'title']).where('id', 'in', docIds).execute()).map((d) => [d.id, d]) : [])
  // The statements and their speakers' names come from each document's stored extraction.
  const wanted = new Set(rows.map((r) => `${r.doc_id}/${r.id}`))
  const parts = await pickFromExtractions(store, rows.map((r) => r.doc_id), (x, docId) => ({
    statements: new Map(x.statements.filter((s) => wanted.has(`${docId}/${s.id}`)).map((s) => [s.id, s])),
    names: new Map(x.actors.map((a) => [a.id, a.name])),
  }))
  const found = rows.flatMap((r) => {
    const s = parts.get(r.doc_id)?.statements.get(r.id)
    return s ? [{ docId: r.doc_id, s }] : []
  })
  const statements = await asReviewed(store, found)
  const bound = (x: Statement) => (bindings.size ? bindExtraction({ ...NOTHING, statements: [x] }, bindings).statements[0]! : x)
  return statements.map(({ docId, s }) => ({
    ...bound(s), docId, published: meta.get(docId)?.published ?? null, outlet: meta.get(docId)?.outlet ?? null, title: meta.get(docId)?.title ?? null,
    speakerNames: s.speakers.map((id) => parts.get(docId)?.names.get(id) ?? id),
  }))
}

const NOTHING: Extraction = { document: { published: null, language: 'en', text: '' }, actors: [], statements: [], timex: [], casualties: [], events: [], contradictions: [], warnings: [] }

/**
 * Statements as reviewers left them (corrections applied, rejections dropped, merged speakers renamed).
 * Review rows are read only for the documents of this page, and only when there are any.
 */
async function asReviewed<T extends { docId: string; s: Statement }>(store: Db, page: readonly T[]): Promise<T[]> {
  const docs = [...new Set(page.map((x) => x.docId))]
  if (docs.length === 0) return [...page]
  const touched = await store.db.selectFrom('reviews').select('doc_id').distinct()
    .where((eb) => eb.or([eb('doc_id', 'in', docs), eb('doc_id', 'is', null)])).execute()
  if (touched.length === 0) return [...page]
  const merged = touched.some((t) => t.doc_id === null)
  const rows = new Map(await Promise.all((merged ? docs : touched.map((t) => t.doc_id!)).map(async (d) => [d, await reviewRowsFor(store, d)] as const)))
  return page.flatMap((x) => {
    const own = rows.get(x.docId)
    return own ? reviewedExtraction({ ...NOTHING, statements: [x.s] }, x.docId, own).statements.map((s) => ({ ...x, s })) : [x]
  })
}
