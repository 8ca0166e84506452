import type { Kysely } from 'kysely'
import { analyzeLedger } from '../analyze/index.js'
import { fold } from '../analyze/names.js'
import { intervalOf } from '../claims/time-span.js'
import type { Db } from './db.js'
import type { Database } from './schema.js'
import { loadLedgerDocs } from './snapshot.js'
import { lockLedger, markLedgerComputed, readFreshness, storeVersion } from './freshness.js'
import { insertRows } from './insert-rows.js'

interface Row { seq: number; id: string; data: string }
interface Link { seq: number }

/** The ledger tables of migrations 003, 007 and 008, as the typed query layer sees them. */
export type LedgerTables = {
  ledger_actors: Row & { name_fold: string; type: string; country: string | null }
  ledger_events: Row & { kind: string; date: string | null; location: string | null; name_fold: string | null }
  ledger_reversals: Row & { actor: string }
  ledger_disagreements: Row
  ledger_tallies: Row & { event: string | null; status: string }
  ledger_timeline: Row & { kind: string; time_start: string | null; time_end: string | null }
  ledger_disagreement_actors: Link & { actor: string }
  ledger_timeline_actors: Link & { actor: string }
  ledger_timeline_events: Link & { event: string }
  ledger_actor_members: { actor: string; doc_id: string; local_id: string }
  ledger_state: { key: string; value: string }
}

export type LedgerDb = Kysely<Database & LedgerTables>

export const ledgerDb = (store: Db): LedgerDb => store.db.withTables<LedgerTables>()

export interface RefreshCounts {
  readonly actors: number
  readonly events: number
  readonly reversals: number
  readonly disagreements: number
  readonly tallies: number
  readonly timeline: number
}

const json = (v: unknown) => JSON.stringify(v)

/** Refreshes the ledger only when documents or reviews changed since it was computed; true when it did. */
export async function ensureLedgerFresh(store: Db): Promise<boolean> {
  if (!(await readFreshness(store)).stale) return false
  await refreshLedger(store)
  return true
}

/**
 * Recomputes the whole ledger from the stored extractions and replaces the stored analyses in ONE
 * transaction: readers see the old ledger or the new one, never half of each.
 */
export async function refreshLedger(store: Db): Promise<RefreshCounts> {
  // Read before the documents: a write landing meanwhile leaves the ledger behind, so the next check refreshes.
  const version = await storeVersion(store.db)
  const docs = await loadLedgerDocs(store)
  const a = analyzeLedger(docs)
  const actors = [...a.resolved.actors].sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name))
  const events = [...a.resolved.events].sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.id.localeCompare(y.id))
  const latest = (cs: readonly { time: { value?: string; before?: string; after?: string } }[]) =>
    cs.map((c) => intervalOf(c.time).end ?? intervalOf(c.time).start ?? '').sort().pop() ?? ''
  const reversals = [...a.reversals].sort((x, y) => latest(y.later).localeCompare(latest(x.later)))
  const disagreements = [...a.disagreements].sort((x, y) => latest(y.sides.flatMap((s) => s.claims)).localeCompare(latest(x.sides.flatMap((s) => s.claims))))

  await ledgerDb(store).transaction().execute(async (trx) => {
    if ((await lockLedger(trx, store.engine, version)).newer) return
    for (const t of ['ledger_actors', 'ledger_events', 'ledger_reversals', 'ledger_disagreements', 'ledger_tallies', 'ledger_timeline',
      'ledger_disagreement_actors', 'ledger_timeline_actors', 'ledger_timeline_events', 'ledger_actor_members'] as const) {
      await trx.deleteFrom(t).execute()
    }
    await insertRows(trx, 'ledger_actors', actors.map((x, seq) => ({
      seq, id: x.id, data: json(x), name_fold: fold([x.name, ...x.aliases].join(' | ')), type: x.type, country: x.country ?? null,
    })))
    const members = docs.flatMap((d) => d.extraction.actors.map((x) => ({ actor: a.resolved.keys.get(`${d.id}/${x.id}`) ?? x.id, doc_id: d.id, local_id: x.id })))
    await insertRows(trx, 'ledger_actor_members', members)
    await insertRows(trx, 'ledger_events', events.map((x, seq) => ({
      seq, id: x.id, data: json(x), kind: x.kind, date: x.date ?? null, location: x.location ?? null, name_fold: fold(`${x.summary} | ${x.kind}`),
    })))
    await insertRows(trx, 'ledger_reversals', reversals.map((x, seq) => ({ seq, id: x.id, data: json(x), actor: x.actor })))
    await insertRows(trx, 'ledger_disagreements', disagreements.map((x, seq) => ({ seq, id: x.id, data: json(x) })))
    await insertRows(trx, 'ledger_disagreement_actors', disagreements.flatMap((x, seq) => [...new Set(x.sides.flatMap((s) => s.actors))].map((actor) => ({ seq, actor }))))
    await insertRows(trx, 'ledger_tallies', a.tallies.map((x, seq) => ({ seq, id: x.id, data: json(x), event: x.event ?? null, status: x.status })))
    await insertRows(trx, 'ledger_timeline', a.timeline.map(({ events: _e, ...x }, seq) => {
      const i = intervalOf(x.time)
      return { seq, id: x.key, data: json(x), kind: x.kind, time_start: i.start ?? null, time_end: i.end ?? null }
    }))
    // A person's entries are also found under the body they spoke for then (a minister's under the government).
    const speakers = (x: (typeof a.timeline)[number]) => new Set([...x.actors, ...x.actors.map((id) => a.resolved.bodyOf(id, x.time))])
    await insertRows(trx, 'ledger_timeline_actors', a.timeline.flatMap((x, seq) => [...speakers(x)].map((actor) => ({ seq, actor }))))
    await insertRows(trx, 'ledger_timeline_events', a.timeline.flatMap((x, seq) => [...new Set(x.events)].map((event) => ({ seq, event }))))
    await markLedgerComputed(trx, version)
  })
  return {
    actors: actors.length, events: events.length, reversals: reversals.length,
    disagreements: disagreements.length, tallies: a.tallies.length, timeline: a.timeline.length,
  }
}
