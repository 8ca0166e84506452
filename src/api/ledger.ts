import type { Db } from '../ledger/db.js'
import { ClaimtrailError } from '../errors.js'
import type {
  CasualtyTally, Disagreement, LedgerActor, LedgerEvent, Reversal, TimelineEntry,
} from '../model/ledger.js'

type Paging = { limit?: number; offset?: number }

/** The ledger analyses the API serves (src/ledger/analyses.ts), as this module expects them. */
export interface Analyses {
  listReversals(store: Db, o: Paging & { actor?: string }): Promise<Reversal[]>
  listDisagreements(store: Db, o: Paging & { actor?: string }): Promise<Disagreement[]>
  listTallies(store: Db, o: Paging & { event?: string }): Promise<CasualtyTally[]>
  listTimeline(store: Db, o: Paging & { actor?: string; event?: string; from?: string; to?: string }): Promise<TimelineEntry[]>
  listActors(store: Db, o: Paging & { type?: string; q?: string }): Promise<LedgerActor[]>
  getActor(store: Db, id: string): Promise<LedgerActor | undefined>
  listEvents(store: Db, o: Paging & { kind?: string; from?: string; to?: string }): Promise<LedgerEvent[]>
  getEvent(store: Db, id: string): Promise<LedgerEvent | undefined>
  refreshLedger?(store: Db): Promise<unknown>
}

// Loaded by name at run time: the module is built alongside this one and the API works without it.
const MODULE = '../ledger/analyses.js'
let loaded: Promise<Analyses | undefined> | undefined

export function loadAnalyses(): Promise<Analyses | undefined> {
  loaded ??= import(MODULE).then((m) => m as Analyses, () => undefined)
  return loaded
}

export async function analyses(): Promise<Analyses> {
  const a = await loadAnalyses()
  if (!a) throw new ClaimtrailError('config', 'the ledger analyses are not part of this build yet')
  return a
}

/** Brings stored analyses up to date after a write, when the ledger keeps them. */
export async function refreshAfterWrite(store: Db): Promise<void> {
  const a = await loadAnalyses()
  await a?.refreshLedger?.(store)
}
