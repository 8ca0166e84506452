import { createHmac } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Db } from '../ledger/db.js'
import { dueDeliveries, recordAttempt } from '../ledger/webhooks.js'
import { checkLiteralHost, guardedLookup } from '../sources/address-guard.js'

export interface DeliverOptions {
  /** Loopback and private receivers (tests, an intranet) only when the operator allows them. */
  readonly allowPrivate: boolean
  readonly userAgent: string
  readonly timeoutMs?: number
  readonly now?: Date
}

/** Attempts before a delivery is given up; waits between them double from BACKOFF_MS (30 s … 8 min). */
export const MAX_ATTEMPTS = 6
const BACKOFF_MS = 30_000

/** `sha256=` and the hex HMAC-SHA256 of the exact body with the hook's secret (the header receivers check). */
export const signatureOf = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

export interface DeliveryReport {
  readonly delivered: number
  readonly retrying: number
  readonly failed: number
}

/**
 * Sends every delivery that is due: a signed JSON POST per alert and hook. A 2xx answer delivers it;
 * anything else is tried again later with a doubled wait, until MAX_ATTEMPTS. Each attempt is logged
 * on the delivery row (state, attempts, last status, last error).
 */
export async function deliverDue(store: Db, options: DeliverOptions): Promise<DeliveryReport> {
  const now = options.now ?? new Date()
  const report = { delivered: 0, retrying: 0, failed: 0 }
  for (const d of await dueDeliveries(store, now.toISOString())) {
    const body = JSON.stringify({
      delivery: Number(d.seq), hook: d.hook_id, sentAt: now.toISOString(),
      alert: { seq: Number(d.alert_seq), at: d.at, kind: d.kind, action: d.action, itemId: d.item_id, summary: d.summary, data: JSON.parse(d.data) as unknown },
    })
    const headers = {
      'content-type': 'application/json', 'user-agent': options.userAgent, 'x-claimtrail-event': d.kind,
      'x-claimtrail-delivery': String(d.seq), 'x-claimtrail-signature': signatureOf(d.secret, body),
    }
    const { status, error } = await post(d.url, body, headers, options)
    const attempts = Number(d.attempts) + 1
    const ok = status !== null && status >= 200 && status < 300
    const state = ok ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending'
    const nextAt = new Date(now.getTime() + BACKOFF_MS * 2 ** (attempts - 1)).toISOString()
    await recordAttempt(store, Number(d.seq), { state, attempts, nextAt, status, error: ok ? null : error ?? `answered ${status}` })
    report[state === 'delivered' ? 'delivered' : state === 'failed' ? 'failed' : 'retrying']++
  }
  return report
}

/** One POST, no redirects followed (a receiver that moved must be registered again). */
function post(url: string, body: string, headers: Record<string, string>, options: DeliverOptions): Promise<{ status: number | null; error?: string }> {
  const timeoutMs = options.timeoutMs ?? 10_000
  return new Promise((resolve) => {
    let target: URL
    try {
      target = new URL(url)
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error('not an http(s) address')
      checkLiteralHost(target.hostname, options.allowPrivate)
    } catch (e) {
      return resolve({ status: null, error: (e as Error).message })
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(target, {
      method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(options.allowPrivate), timeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs),
    }, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? null })
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', (e) => resolve({ status: null, error: e.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : e.message }))
    req.end(body)
  })
}
