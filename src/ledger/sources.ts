import { createHash } from 'node:crypto'
import { ClaimtrailError } from '../errors.js'
import type { Db } from './db.js'
import type { SourcesTable } from './schema.js'

export interface WatchedSource {
  readonly id: string
  readonly url: string
  readonly everySeconds: number
  readonly addedAt: string
  readonly nextAt: string
  readonly failures: number
  readonly lastPolledAt: string | null
  readonly lastStatus: string | null
  readonly etag: string | null
  readonly lastModified: string | null
}

const fromRow = (r: SourcesTable): WatchedSource => ({
  id: r.id, url: r.url, everySeconds: Number(r.every_seconds), addedAt: r.added_at, nextAt: r.next_at, failures: Number(r.failures),
  lastPolledAt: r.last_polled_at, lastStatus: r.last_status, etag: r.etag, lastModified: r.last_modified,
})

export const sourceIdOf = (url: string) => `s${createHash('sha256').update(url).digest('hex').slice(0, 12)}`

/** Registers a feed to watch, due at once; registering it again only changes how often it is polled. */
export async function addSource(store: Db, url: string, everySeconds: number): Promise<WatchedSource> {
  const now = new Date().toISOString()
  await store.db.insertInto('sources')
    .values({ id: sourceIdOf(url), url, every_seconds: everySeconds, added_at: now, next_at: now, failures: 0 })
    .onConflict((oc) => oc.column('url').doUpdateSet({ every_seconds: everySeconds }))
    .execute()
  return (await getSource(store, sourceIdOf(url)))!
}

export async function getSource(store: Db, id: string): Promise<WatchedSource | undefined> {
  const row = await store.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst()
  return row && fromRow(row)
}

export async function listSources(store: Db): Promise<WatchedSource[]> {
  return (await store.db.selectFrom('sources').selectAll().orderBy('added_at').orderBy('id').execute()).map(fromRow)
}

export async function removeSource(store: Db, ref: string): Promise<void> {
  const r = await store.db.deleteFrom('sources').where((eb) => eb.or([eb('id', '=', ref), eb('url', '=', ref)])).executeTakeFirst()
  if (Number(r.numDeletedRows) === 0) throw new ClaimtrailError('not_found', `no watched source "${ref}" (see: claimtrail watch list)`)
}

export interface PollOutcome {
  readonly ok: boolean
  readonly status: string
  readonly etag?: string | null
  readonly lastModified?: string | null
}

/** After a poll: a success resets the back-off; each failure in a row doubles the wait, up to a day. */
export async function recordPoll(store: Db, source: WatchedSource, outcome: PollOutcome, now = new Date()): Promise<void> {
  const failures = outcome.ok ? 0 : source.failures + 1
  const wait = Math.min(source.everySeconds * 2 ** failures, 24 * 3600)
  await store.db.updateTable('sources').set({
    failures, last_status: outcome.status, last_polled_at: now.toISOString(), next_at: new Date(now.getTime() + wait * 1000).toISOString(),
    ...(outcome.ok && outcome.etag !== undefined ? { etag: outcome.etag ?? null, last_modified: outcome.lastModified ?? null } : {}),
  }).where('id', '=', source.id).execute()
}
