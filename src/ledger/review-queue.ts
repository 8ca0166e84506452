import { disagreementEntry, duplicateEntries, figuresEntry, rankQueue, reversalEntry } from '../analyze/review-queue.js'
import type { CasualtyTally, Disagreement, LedgerActor, Reversal } from '../model/ledger.js'
import type { QueueItem, ReviewTarget } from '../model/review-queue.js'
import { streamLedger } from './analyses.js'
import type { Db } from './db.js'
import { ledgerDb } from './refresh.js'

const keyOf = (t: ReviewTarget) => `${t.docId}/${t.kind}/${t.itemId}`
const CHUNK = 500

/**
 * The items most worth a person's look, highest priority first: weak reversal and disagreement links,
 * figures that disagree within a tally, possible duplicate actors. An entry whose target someone has
 * already confirmed, corrected or rejected is left out; a merge removes a duplicate from the ledger itself.
 */
export async function reviewQueue(store: Db, options: { limit?: number } = {}): Promise<QueueItem[]> {
  const names = new Map<string, string>()
  const actors: LedgerActor[] = []
  for await (const a of streamLedger<LedgerActor>(store, 'ledger_actors')) {
    names.set(a.id, a.name)
    actors.push(a)
  }
  const nameOf = (id: string) => names.get(id) ?? id
  const items: QueueItem[] = await withActorTargets(store, duplicateEntries(actors))
  const add = (x: QueueItem | null) => { if (x) items.push(x) }
  for await (const r of streamLedger<Reversal>(store, 'ledger_reversals')) add(reversalEntry(r, nameOf))
  for await (const d of streamLedger<Disagreement>(store, 'ledger_disagreements')) add(disagreementEntry(d, nameOf))
  for await (const t of streamLedger<CasualtyTally>(store, 'ledger_tallies')) add(figuresEntry(t, nameOf))
  const reviewed = await reviewedTargets(store, items.flatMap((x) => (x.target ? [x.target] : [])))
  return rankQueue(items.filter((x) => !x.target || !reviewed.has(keyOf(x.target))), options.limit ?? 50)
}

/** A duplicate's target is the short-named actor in one of its documents: confirming it keeps the two apart. */
async function withActorTargets(store: Db, items: readonly QueueItem[]): Promise<QueueItem[]> {
  const ids = [...new Set(items.map((x) => x.merge!.from))]
  const local = new Map<string, ReviewTarget>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await ledgerDb(store).selectFrom('ledger_actor_members').select(['actor', 'doc_id', 'local_id'])
      .where('actor', 'in', ids.slice(i, i + CHUNK)).orderBy('doc_id').execute()
    for (const r of rows) if (!local.has(r.actor)) local.set(r.actor, { docId: r.doc_id, kind: 'actor', itemId: r.local_id })
  }
  return items.map((x) => {
    const target = local.get(x.merge!.from)
    return target ? { ...x, target } : x
  })
}

/** The targets somebody has already reviewed (any confirm, correction or rejection of that item). */
async function reviewedTargets(store: Db, targets: readonly ReviewTarget[]): Promise<Set<string>> {
  const docs = [...new Set(targets.map((t) => t.docId))]
  const seen = new Set<string>()
  for (let i = 0; i < docs.length; i += CHUNK) {
    const rows = await store.db.selectFrom('reviews').select(['doc_id', 'kind', 'item_id'])
      .where('doc_id', 'in', docs.slice(i, i + CHUNK)).where('action', 'in', ['confirm', 'correct', 'reject']).execute()
    for (const r of rows) seen.add(`${r.doc_id}/${r.kind}/${r.item_id}`)
  }
  return seen
}
