import { sql } from 'kysely'
import {
  actorSummary, eventSummary, type ActorSummary, type CasualtyTally, type Disagreement, type EventSummary, type LedgerActor, type LedgerEvent, type Reversal, type TimelineEntry,
} from '../model/ledger.js'
import { fold } from '../analyze/names.js'
import type { Db } from './db.js'
import { ledgerDb } from './refresh.js'

export { ensureLedgerFresh, refreshLedger, updateLedger, type RefreshCounts } from './refresh.js'

/**
 * The stored ledger, as the CLI and the API read it. Every listing pages through an index on its
 * filter column and `sort` (each row's own key; ties by id); `data` is parsed only for the rows returned.
 */
export interface Page {
  readonly limit?: number
  readonly offset?: number
}

const DEFAULT_LIMIT = 100

/**
 * `name_fold` contains the words as typed: `%`, `_` and `\` are escaped, so "50%" finds "50%" and "_"
 * finds an underscore, not every name. Both engines take the same ESCAPE clause.
 */
const contains = (words: string) => sql<boolean>`name_fold LIKE ${`%${words.replace(/[%_\\]/g, '\\$&')}%`} ESCAPE '\\'`
const parse = <T>(rows: readonly { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T)
const page = (o: Page) => ({ limit: Math.max(0, o.limit ?? DEFAULT_LIMIT), offset: Math.max(0, o.offset ?? 0) })

export async function listReversals(store: Db, o: Page & { actor?: string } = {}): Promise<Reversal[]> {
  const { limit, offset } = page(o)
  let q = ledgerDb(store).selectFrom('ledger_reversals').select('data')
  if (o.actor) q = q.where('actor', '=', o.actor)
  return parse<Reversal>(await q.orderBy('sort').orderBy('id').limit(limit).offset(offset).execute())
}

export async function listDisagreements(store: Db, o: Page & { actor?: string } = {}): Promise<Disagreement[]> {
  const { limit, offset } = page(o)
  let q = ledgerDb(store).selectFrom('ledger_disagreements as d').select('d.data')
  if (o.actor) q = q.innerJoin('ledger_disagreement_actors as a', 'a.seq', 'd.seq').where('a.actor', '=', o.actor)
  return parse<Disagreement>(await q.orderBy('d.sort').orderBy('d.id').limit(limit).offset(offset).execute())
}

export async function listTallies(store: Db, o: Page & { event?: string } = {}): Promise<CasualtyTally[]> {
  const { limit, offset } = page(o)
  let q = ledgerDb(store).selectFrom('ledger_tallies').select('data')
  if (o.event) q = q.where('event', '=', o.event)
  return parse<CasualtyTally>(await q.orderBy('sort').orderBy('id').limit(limit).offset(offset).execute())
}

/** Entries in time order; `from`/`to` keep entries whose time may fall in the range (intervals overlap). */
export async function listTimeline(store: Db, o: Page & { actor?: string; event?: string; from?: string; to?: string } = {}): Promise<TimelineEntry[]> {
  const { limit, offset } = page(o)
  // Link filters are joins on the row's number; the page is ordered by the row's own sort key.
  let q = ledgerDb(store).selectFrom('ledger_timeline as t').select('t.data')
  if (o.actor) q = q.innerJoin('ledger_timeline_actors as a', 'a.seq', 't.seq').where('a.actor', '=', o.actor)
  if (o.event) q = q.innerJoin('ledger_timeline_events as e', 'e.seq', 't.seq').where('e.event', '=', o.event)
  const { from, to } = o
  if (from) q = q.where((eb) => eb.or([eb('t.time_end', '>=', from), eb('t.time_end', 'is', null)]))
  // `to` is a day: an interval starting any time that day is in range.
  if (to) q = q.where((eb) => eb.or([eb('t.time_start', '<=', `${to}~`), eb('t.time_start', 'is', null)]))
  return parse<TimelineEntry>(await q.orderBy('t.sort').orderBy('t.id').limit(limit).offset(offset).execute())
}

/**
 * Actors by how often they are mentioned; `q` matches names and aliases without accents or case, `ids`
 * keeps only the actors named (a screen that needs a few actors asks once, not once per actor).
 */
export async function listActors(store: Db, o: Page & { type?: string; q?: string; ids?: readonly string[] } = {}): Promise<ActorSummary[]> {
  const { limit, offset } = page(o)
  let q = ledgerDb(store).selectFrom('ledger_actors').select(['id', 'summary'])
  if (o.type) q = q.where('type', '=', o.type)
  if (o.ids) q = o.ids.length ? q.where('id', 'in', o.ids) : q.where(sql<boolean>`1 = 0`)
  const words = o.q ? fold(o.q).trim() : ''
  if (words) q = q.where(contains(words))
  return summariesOf(store, 'ledger_actors', await q.orderBy('sort').orderBy('id').limit(limit).offset(offset).execute(), actorSummary)
}

/**
 * The summaries of listed rows. A row written before its table had summaries (migrations 015, 018) has
 * none until the next update: it is summarised from its data then.
 */
async function summariesOf<T, S>(store: Db, table: 'ledger_actors' | 'ledger_events', rows: readonly { id: string; summary: string | null }[], summarise: (whole: T) => S): Promise<S[]> {
  const old = rows.filter((r) => !r.summary).map((r) => r.id)
  const whole = old.length ? await ledgerDb(store).selectFrom(table).select(['id', 'data']).where('id', 'in', old).execute() : []
  const dataOf = new Map(whole.map((r) => [r.id, r.data]))
  return rows.map((r) => (r.summary ? JSON.parse(r.summary) as S : summarise(JSON.parse(dataOf.get(r.id)!) as T)))
}

export async function getActor(store: Db, id: string): Promise<LedgerActor | undefined> {
  const row = await ledgerDb(store).selectFrom('ledger_actors').select('data').where('id', '=', id).executeTakeFirst()
  return row ? (JSON.parse(row.data) as LedgerActor) : undefined
}

/** Event summaries, newest first; `from`/`to` compare their dates (TimeML values sort as text). */
export async function listEvents(store: Db, o: Page & { kind?: string; from?: string; to?: string; q?: string } = {}): Promise<EventSummary[]> {
  const { limit, offset } = page(o)
  let q = ledgerDb(store).selectFrom('ledger_events').select(['id', 'summary'])
  if (o.kind) q = q.where('kind', '=', o.kind)
  const words = o.q ? fold(o.q).trim() : ''
  if (words) q = q.where(contains(words))
  if (o.from) q = q.where('date', '>=', o.from)
  if (o.to) q = q.where('date', '<=', `${o.to}~`)
  return summariesOf(store, 'ledger_events', await q.orderBy('sort').orderBy('id').limit(limit).offset(offset).execute(), eventSummary)
}

export async function getEvent(store: Db, id: string): Promise<LedgerEvent | undefined> {
  const row = await ledgerDb(store).selectFrom('ledger_events').select('data').where('id', '=', id).executeTakeFirst()
  return row ? (JSON.parse(row.data) as LedgerEvent) : undefined
}

type LedgerTable = 'ledger_actors' | 'ledger_events' | 'ledger_reversals' | 'ledger_disagreements' | 'ledger_tallies' | 'ledger_timeline'

/** A whole ledger table in its listing order, one batch in memory at a time (exports); pages by (sort, id), never by offset. */
export async function* streamLedger<T>(store: Db, table: LedgerTable, batch = 500): AsyncGenerator<T> {
  for (let after: { sort: string; id: string } | undefined; ;) {
    let q = ledgerDb(store).selectFrom(table).select(['sort', 'id', 'data'])
    if (after) {
      const { sort, id } = after
      q = q.where((eb) => eb.or([eb('sort', '>', sort), eb.and([eb('sort', '=', sort), eb('id', '>', id)])]))
    }
    const rows = await q.orderBy('sort').orderBy('id').limit(batch).execute()
    for (const r of rows) yield JSON.parse(r.data) as T
    if (rows.length < batch) return
    after = rows[rows.length - 1]!
  }
}
