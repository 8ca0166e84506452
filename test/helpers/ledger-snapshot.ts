import { streamLedger } from '../../src/ledger/analyses.js'
import type { Db } from '../../src/ledger/db.js'
import type { LedgerTable } from '../../src/ledger/ledger-rows.js'
import { ledgerDb } from '../../src/ledger/refresh.js'

const TABLES: readonly LedgerTable[] = ['ledger_actors', 'ledger_events', 'ledger_reversals', 'ledger_disagreements', 'ledger_tallies', 'ledger_timeline']

/** Everything a reader can see of the ledger, in listing order. */
export async function ledgerSnapshot(store: Db): Promise<unknown> {
  const out: Record<string, unknown> = {}
  for (const t of TABLES) {
    const rows: unknown[] = []
    for await (const r of streamLedger(store, t)) rows.push(r)
    out[t] = rows
  }
  const db = ledgerDb(store)
  out['disagreement_actors'] = await db.selectFrom('ledger_disagreement_actors as l').innerJoin('ledger_disagreements as r', 'r.seq', 'l.seq')
    .select(['r.id', 'l.actor']).orderBy('r.id').orderBy('l.actor').execute()
  out['timeline_actors'] = await db.selectFrom('ledger_timeline_actors as l').innerJoin('ledger_timeline as r', 'r.seq', 'l.seq')
    .select(['r.id', 'l.actor']).orderBy('r.id').orderBy('l.actor').execute()
  out['timeline_events'] = await db.selectFrom('ledger_timeline_events as l').innerJoin('ledger_timeline as r', 'r.seq', 'l.seq')
    .select(['r.id', 'l.event']).orderBy('r.id').orderBy('l.event').execute()
  out['members'] = await db.selectFrom('ledger_actor_members').selectAll().orderBy('doc_id').orderBy('local_id').execute()
  return out
}

