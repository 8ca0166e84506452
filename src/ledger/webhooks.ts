import { randomBytes } from 'node:crypto'
import { ClaimtrailError } from '../errors.js'
import { ALERT_KINDS, type AlertKind } from './alerts.js'
import type { Db } from './db.js'

export interface Webhook {
  readonly id: string
  readonly url: string
  readonly kinds: readonly AlertKind[]
  readonly addedAt: string
}

export interface Delivery {
  readonly seq: number
  readonly hookId: string
  readonly alertSeq: number
  readonly state: 'pending' | 'delivered' | 'failed'
  readonly attempts: number
  readonly nextAt: string
  readonly lastStatus: number | null
  readonly lastError: string | null
  readonly updatedAt: string
}

export function parseKinds(text: string): AlertKind[] {
  const kinds = text.split(',').map((k) => k.trim()).filter(Boolean)
  const bad = kinds.find((k) => !(ALERT_KINDS as readonly string[]).includes(k))
  if (bad || kinds.length === 0) throw new ClaimtrailError('bad_input', `--on takes a comma-separated list of ${ALERT_KINDS.join(', ')}${bad ? ` (got "${bad}")` : ''}`)
  return [...new Set(kinds)] as AlertKind[]
}

/** Registers a webhook; its secret (for the HMAC-SHA256 signature) is returned once, here. */
export async function addWebhook(store: Db, url: string, kinds: readonly AlertKind[], secret = randomBytes(32).toString('hex')): Promise<Webhook & { secret: string }> {
  const hook = { id: `h${randomBytes(6).toString('hex')}`, url, kinds, addedAt: new Date().toISOString() }
  await store.db.insertInto('webhooks').values({ id: hook.id, url, secret, kinds: JSON.stringify(kinds), added_at: hook.addedAt }).execute()
  return { ...hook, secret }
}

export async function listWebhooks(store: Db): Promise<Webhook[]> {
  const rows = await store.db.selectFrom('webhooks').select(['id', 'url', 'kinds', 'added_at']).orderBy('added_at').execute()
  return rows.map((r) => ({ id: r.id, url: r.url, kinds: JSON.parse(r.kinds) as AlertKind[], addedAt: r.added_at }))
}

export async function removeWebhook(store: Db, id: string): Promise<void> {
  const r = await store.db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst()
  if (Number(r.numDeletedRows) === 0) throw new ClaimtrailError('not_found', `no webhook "${id}" (see: claimtrail alerts webhook list)`)
  await store.db.deleteFrom('webhook_deliveries').where('hook_id', '=', id).where('state', '=', 'pending').execute()
}

const fromRow = (r: { seq: number; hook_id: string; alert_seq: number; state: string; attempts: number; next_at: string; last_status: number | null; last_error: string | null; updated_at: string }): Delivery => ({
  seq: Number(r.seq), hookId: r.hook_id, alertSeq: Number(r.alert_seq), state: r.state as Delivery['state'], attempts: Number(r.attempts),
  nextAt: r.next_at, lastStatus: r.last_status === null ? null : Number(r.last_status), lastError: r.last_error, updatedAt: r.updated_at,
})

/** The delivery log, newest first. */
export async function listDeliveries(store: Db, options: { hookId?: string; limit?: number } = {}): Promise<Delivery[]> {
  let q = store.db.selectFrom('webhook_deliveries').selectAll()
  if (options.hookId) q = q.where('hook_id', '=', options.hookId)
  return (await q.orderBy('seq', 'desc').limit(options.limit ?? 100).execute()).map(fromRow)
}

/** Deliveries due now, with what is needed to send them. */
export async function dueDeliveries(store: Db, now: string, limit = 100) {
  return store.db.selectFrom('webhook_deliveries as d')
    .innerJoin('webhooks as h', 'h.id', 'd.hook_id').innerJoin('alerts as a', 'a.seq', 'd.alert_seq')
    .select(['d.seq', 'd.attempts', 'h.id as hook_id', 'h.url', 'h.secret', 'a.seq as alert_seq', 'a.at', 'a.kind', 'a.action', 'a.item_id', 'a.summary', 'a.data'])
    .where('d.state', '=', 'pending').where('d.next_at', '<=', now).orderBy('d.seq').limit(limit).execute()
}

export async function recordAttempt(store: Db, seq: number, a: { state: Delivery['state']; attempts: number; nextAt: string; status: number | null; error: string | null }): Promise<void> {
  await store.db.updateTable('webhook_deliveries').set({
    state: a.state, attempts: a.attempts, next_at: a.nextAt, last_status: a.status, last_error: a.error, updated_at: new Date().toISOString(),
  }).where('seq', '=', seq).execute()
}
