import type { Kysely } from 'kysely'
import { docPartsOf, ledgerOfParts, partsContextOf, timelineOfParts, type DocParts } from '../analyze/index.js'
import { unionPlaces, withKnownPlaces } from '../extract/places/place-memory.js'
import { resolveLedger } from '../analyze/resolve.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { LEDGER_TABLES, LINKS, ledgerRows, type LedgerTable } from './ledger-rows.js'
import { fingerprintOf, knownKeyOf, type StoredParts } from './parts.js'
import { writeLedgerTable, type RowScope, type TableDiff } from './write-ledger.js'
import { scopeOf } from './scope.js'
import { recordAlerts } from './alerts.js'
import { alertsOfDiff } from './ledger-alerts.js'
import type { Db } from './db.js'
import type { Database } from './schema.js'
import type { LedgerDoc } from '../model/ledger.js'
import { loadLedgerDocs } from './snapshot.js'
import { lockLedger, markLedgerComputed, readFreshness, storeVersion } from './freshness.js'
import { insertRows } from './insert-rows.js'
import { bindPlaces } from './apply-bindings.js'
import { loadBindings } from './place-bindings.js'

interface Row { seq: number; id: string; data: string; sort: string; hash: string }
interface Link { seq: number }

/** The ledger tables of migrations 003, 007, 008, 010, 013, 014 and 015, as the typed query layer sees them. */
export type LedgerTables = {
  ledger_actors: Row & { name_fold: string; type: string; country: string | null; summary: string | null }
  ledger_events: Row & { kind: string; date: string | null; location: string | null; name_fold: string | null }
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
 * Brings the ledger up to date after writes: documents whose parts' fingerprint is unchanged are not
 * read again, and only rows that differ are written, in ONE transaction (readers see the old ledger or
 * the new one). The result equals refreshLedger's (test/ledger-incremental.test.ts).
 */
export function updateLedger(store: Db): Promise<RefreshCounts> {
  return computeLedger(store, { whole: false })
}

async function computeLedger(store: Db, { whole }: { whole: boolean }): Promise<RefreshCounts> {
  // Read before the documents: a write landing meanwhile leaves the ledger behind, so the next check refreshes.
  const version = await storeVersion(store.db)
  const loaded = await loadLedgerDocs(store)
  const docs = loaded.map((l) => l.doc)
  const kept = whole ? new Map<string, { fingerprint: string; stored: StoredParts }>() : await loadParts(store)
  const learned = docs.map((d) => kept.get(d.id)?.stored.learned ?? learnPlaces(d.extraction.document.text))
  const known = unionPlaces(learned)
  const knownKey = knownKeyOf(known)
  // Places are read from the text again only when what all documents taught changed (then stored again).
  const placed = docs.map((d) => kept.get(d.id)?.stored)
  const places = docs.map((d, i) => (placed[i]?.known === knownKey && placed[i]!.places) || withKnownPlaces(d.extraction.document.text, learned[i]!, known))
  const storedOf = (i: number, parts: StoredParts['parts']): StoredParts => ({ learned: learned[i]!, places: places[i]!, known: knownKey, parts })
  // Kept unbound (a binding changes without any document changing); read as bound (place-bindings.ts).
  const bindings = await loadBindings(store)
  const read = places.map((p) => bindPlaces(p, bindings))
  const resolved = resolveLedger(docs)
  const ctx = partsContextOf(resolved)
  const byId = { actors: new Map(resolved.actors.map((x) => [x.id, x])), events: new Map(resolved.events.map((x) => [x.id, x])) }
  const changed: { id: string; fingerprint: string; stored: StoredParts; parts: DocParts }[] = []
  const restamped: { id: string; fingerprint: string; stored: StoredParts }[] = []
  const parts = docs.map((d, i) => {
    const fingerprint = fingerprintOf(d, loaded[i]!.source, ctx, byId, read[i]!)
    const old = kept.get(d.id)
    if (old?.fingerprint === fingerprint) {
      if (old.stored.known !== knownKey) restamped.push({ id: d.id, fingerprint, stored: storedOf(i, old.stored.parts) })
      return old.stored.parts
    }
    const made = docPartsOf(d, ctx, read[i]!)
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
    const again = docs.filter((d) => reread.has(d.id))
    const global = (d: LedgerDoc, id: string) => resolved.keys.get(`${d.id}/${id}`) ?? id
    await insertRows(trx, 'ledger_actor_members', again.flatMap((d) => d.extraction.actors.map((x) => ({ actor: global(d, x.id), doc_id: d.id, local_id: x.id }))))
    await insertRows(trx, 'ledger_event_members', again.flatMap((d) => d.extraction.events.map((x) => ({ event: global(d, x.id), doc_id: d.id, local_id: x.id }))))
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

async function loadParts(store: Db): Promise<Map<string, { fingerprint: string; stored: StoredParts }>> {
  const rows = await ledgerDb(store).selectFrom('ledger_parts').select(['doc_id', 'fingerprint', 'data']).execute()
  return new Map(rows.map((r) => [r.doc_id, { fingerprint: r.fingerprint, stored: JSON.parse(r.data) as StoredParts }]))
}
