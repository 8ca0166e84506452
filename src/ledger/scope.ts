import type { Kysely } from 'kysely'
import type { LedgerEvent } from '../model/ledger.js'

/** Ids per IN list: well under both engines' caps on bound parameters. */
const CHUNK = 5000

const docOfKey = (key: string) => key.slice(0, key.lastIndexOf('/'))

/**
 * The ledger events an update compares and rewrites, by id. An event none of whose member documents is
 * read again or deleted is as stored: each member kept its fingerprint, which holds its events' global
 * ids, dates, places and summaries and its actors' ids, so the same mentions make the same event. In
 * scope: the events documents read again belong to now, and those that documents read again or deleted
 * belonged to (an event one left, or one that lost a deleted document's mentions).
 */
export async function scopeOf(
  trx: Kysely<any>, events: readonly LedgerEvent[], reread: ReadonlySet<string>, stale: readonly string[],
): Promise<ReadonlySet<string>> {
  const ids = new Set<string>()
  for (let i = 0; i < stale.length; i += CHUNK) {
    const rows = await trx.selectFrom('ledger_event_members').select('event').distinct().where('doc_id', 'in', stale.slice(i, i + CHUNK)).execute()
    for (const r of rows as { event: string }[]) ids.add(r.event)
  }
  for (const e of events) if (e.members.some((k) => reread.has(docOfKey(k)))) ids.add(e.id)
  return ids
}
