import type { Kysely } from 'kysely'
import { docPartsOf, ledgerOfParts, partsContextOf, timelineOfParts, type DocParts } from '../analyze/index.js'
import { resolveLedger } from '../analyze/resolve.js'
import { LEDGER_TABLES, LINKS, ledgerRows, type LedgerTable } from './ledger-rows.js'
import { fingerprinter, resolvableOf, type StoredParts } from './parts.js'
import { readLedgerInputs, type Kept } from './ledger-inputs.js'
import { writeLedgerTable, type RowScope, type TableDiff } from './write-ledger.js'
import { scopeOf } from './scope.js'
import { recordAlerts } from './alerts.js'
import { alertsOfDiff } from './ledger-alerts.js'
import type { Db } from './db.js'
import type { Database } from './schema.js'
import type { ResolvableDoc } from '../model/ledger.js'
import { lockLedger, markLedgerComputed, readFreshness, storeVersion } from './freshness.js'
import { insertRows } from './insert-rows.js'
import { bindPlaces } from './apply-bindings.js'

interface Row { seq: number; id: string; data: string; sort: string; hash: string }
interface Link { seq: number }

/** The ledger tables of migrations 003, 007, 008, 010, 013, 014, 015 and 018, as the typed query layer sees them. */
export type LedgerTables = {
  ledger_actors: Row & { name_fold: string; type: string; country: string | null; summary: string | null }
  ledger_events: Row & { kind: string; date: string | null; location: string | null; name_fold: string | null; summary: string | null }
  ledger_reversals: Row & { actor: string }
  ledger_disagreements: Row
  ledger_tallies: Row & { event: string | null; status: string }
  ledger_timeline: Row & { kind: string; time_start: string | null; time_end: string | null; doc_id: string | null }
  ledger_disagreement_actors: Link & { actor: string }
  ledger_timeline_actors: Link & { actor: string }
  ledger_timeline_events: Link & { event: string }
  ledger_actor_members: { actor: string; doc_id: string; local_id: string }
  ledger_event_members: { event: string; doc_id: string; local_id: string }
  ledger_state: { key: string; value: string }
  ledger_parts: { doc_id: string; fingerprint: string; data: string }
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

/** Refreshes the ledger only when documents or reviews changed since it was computed; true when it did. */
export async function ensureLedgerFresh(store: Db): Promise<boolean> {
  if (!(await readFreshness(store)).stale) return false
  await updateLedger(store)
  return true
}

/**
 * Recomputes the whole ledger from the stored extractions, reading every document again, and replaces
 * the stored ledger in ONE transaction (`claimtrail ledger rebuild`).
 */
export function refreshLedger(store: Db): Promise<RefreshCounts> {
  return computeLedger(store, { whole: true })
}

/**
 * Brings the ledger up to date after writes: a document whose stamp is unchanged is not read (what
 * resolution needs of it is kept), one whose parts' fingerprint is unchanged is not read again, and
 * only rows that differ are written, in ONE transaction (readers see the old ledger or
 * the new one). The result equals refreshLedger's (test/ledger-incremental.test.ts).
 */
export function updateLedger(store: Db): Promise<RefreshCounts> {
  return computeLedger(store, { whole: false })
}

async function computeLedger(store: Db, { whole }: { whole: boolean }): Promise<RefreshCounts> {
  // Read before the documents: a write landing meanwhile leaves the ledger behind, so the next check refreshes.
  const version = await storeVersion(store.db)
  const kept: Kept = whole ? new Map() : await loadParts(store)
  const inputs = await readLedgerInputs(store, kept)
  // A document deleted while it was read: read again (the store has moved on).
  if (!inputs) return computeLedger(store, { whole })
  const { docs, stamps, learned, places, knownKey } = inputs
  const storedOf = (i: number, parts: StoredParts['parts']): StoredParts => ({
    stamp: stamps[i]!, doc: resolvableOf(docs[i]!), learned: learned[i]!, places: places[i]!, known: knownKey, parts,
  })
  // Kept unbound (a binding changes without any document changing); read as bound (place-bindings.ts).
  const read = places.map((p) => bindPlaces(p, inputs.bindings))
  const resolved = resolveLedger(docs)
  const ctx = partsContextOf(resolved)
  const byId = { actors: new Map(resolved.actors.map((x) => [x.id, x])), events: new Map(resolved.events.map((x) => [x.id, x])) }
  const fingerprintOf = fingerprinter(ctx, byId)
  const fingerprints = docs.map((d, i) => fingerprintOf(d, stamps[i]!, read[i]!))
  const again = await inputs.whole(docs.filter((d, i) => kept.get(d.id)?.fingerprint !== fingerprints[i]).map((d) => d.id))
  if (!again) return computeLedger(store, { whole })
  const changed: { id: string; fingerprint: string; stored: StoredParts; parts: DocParts }[] = []
  const restamped: { id: string; fingerprint: string; stored: StoredParts }[] = []
  const parts = docs.map((d, i) => {
    const fingerprint = fingerprints[i]!
    const old = kept.get(d.id)
    if (old?.fingerprint === fingerprint) {
      if (old.stored.known !== knownKey || !old.stored.doc) restamped.push({ id: d.id, fingerprint, stored: storedOf(i, old.stored.parts) })
      return old.stored.parts
    }
    const made = docPartsOf(again.get(d.id)!, ctx, read[i]!)
    changed.push({ id: d.id, fingerprint, stored: storedOf(i, { claims: made.claims, figures: made.figures }), parts: made })
    return made
  })
  const analysis = { resolved, ...ledgerOfParts(resolved, parts) }
  const reread = new Set(changed.map((c) => c.id))
  const docIds = new Set(docs.map((d) => d.id))
  const gone = [...kept.keys()].filter((id) => !docIds.has(id))
  const stale = [...reread, ...gone]

  await ledgerDb(store).transaction().execute(async (trx) => {
    // The scopes below are read from the stored ledger: it must be the one this update follows.
    const lock = await lockLedger(trx, store.engine, version)
    if (whole ? lock.newer : lock.current) return
    if (whole) for (const t of [...LEDGER_TABLES, ...Object.keys(LINKS), 'ledger_actor_members', 'ledger_event_members', 'ledger_parts'] as const) await trx.deleteFrom(t as keyof LedgerTables).execute()
    // Only the events and timeline rows of documents read again or deleted can differ (scopeOf).
    const scope = kept.size ? await scopeOf(trx, resolved.events, reread, stale) : undefined
    const events = scope ? resolved.events.filter((e) => scope.has(e.id)) : resolved.events
    const timeline = timelineOfParts({ ...resolved, events }, changed.map((c) => c.parts))
    const rows = ledgerRows({ ...analysis, resolved: { ...resolved, events }, timeline })
    const ids = scope && [...scope]
    const scopes: Partial<Record<LedgerTable, RowScope>> = ids ? { ledger_events: { ids }, ledger_timeline: { docs: stale, ids } } : {}
    const diff: Partial<Record<LedgerTable, TableDiff>> = {}
    for (const t of LEDGER_TABLES) diff[t] = await writeLedgerTable(trx, t, rows[t], scopes[t])
    // A rebuild rewrites every row: nothing in it is news.
    if (!whole) await recordAlerts(trx, alertsOfDiff(diff, (id) => byId.actors.get(id)?.name ?? id))
    // A document read again may have new global ids for its actors and events: its members are written again.
    for (let i = 0; i < stale.length; i += 5000) {
      for (const t of ['ledger_actor_members', 'ledger_event_members', 'ledger_parts'] as const) await trx.deleteFrom(t).where('doc_id', 'in', stale.slice(i, i + 5000)).execute()
    }
    const restamp = restamped.map((r) => r.id)
    for (let i = 0; i < restamp.length; i += 5000) await trx.deleteFrom('ledger_parts').where('doc_id', 'in', restamp.slice(i, i + 5000)).execute()
    const members = docs.filter((d) => reread.has(d.id))
    const global = (d: ResolvableDoc, id: string) => resolved.keys.get(`${d.id}/${id}`) ?? id
    await insertRows(trx, 'ledger_actor_members', members.flatMap((d) => d.extraction.actors.map((x) => ({ actor: global(d, x.id), doc_id: d.id, local_id: x.id }))))
    await insertRows(trx, 'ledger_event_members', members.flatMap((d) => d.extraction.events.map((x) => ({ event: global(d, x.id), doc_id: d.id, local_id: x.id }))))
    await insertRows(trx, 'ledger_parts', [...changed, ...restamped].map((c) => ({ doc_id: c.id, fingerprint: c.fingerprint, data: JSON.stringify(c.stored) })))
    await markLedgerComputed(trx, version)
  })
  const a = analysis
  const timeline = await ledgerDb(store).selectFrom('ledger_timeline').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  return {
    actors: resolved.actors.length, events: resolved.events.length, reversals: a.reversals.length,
    disagreements: a.disagreements.length, tallies: a.tallies.length, timeline: Number(timeline.n),
  }
}

async function loadParts(store: Db): Promise<Kept> {
  const rows = await ledgerDb(store).selectFrom('ledger_parts').select(['doc_id', 'fingerprint', 'data']).execute()
  return new Map(rows.map((r) => [r.doc_id, { fingerprint: r.fingerprint, stored: JSON.parse(r.data) as StoredParts }]))
}
