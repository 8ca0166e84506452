import type { Context, MiddlewareHandler } from 'hono'
import { readFreshness, type Freshness } from '../ledger/freshness.js'
import type { AppEnv } from './env.js'

/**
 * Every API request reads whether the ledger is behind the documents (two key lookups, at most once a
 * second) and never recomputes it: a stale ledger is served as it is, marked stale with its age in the
 * `x-ledger-stale` and `x-ledger-age` headers and in each ledger page, and the maintainer is asked to
 * bring it up to date (writes by another process are picked up the same way). A write through this app
 * forgets the remembered answer, so the very next read says stale and the UI knows to reload.
 */
export function ledgerFreshness(intervalMs = 1_000): MiddlewareHandler<AppEnv> {
  let known: { at: number; value: Freshness } | undefined
  return async (c, next) => {
    if (!known || Date.now() - known.at >= intervalMs) known = { at: Date.now(), value: await readFreshness(c.var.store) }
    const freshness = known.value
    if (freshness.stale) c.var.maintainer.request()
    c.set('freshness', freshness)
    await next()
    if (c.var.wrote) known = undefined
    c.header('x-ledger-stale', String(freshness.stale))
    if (freshness.ageSeconds !== null) c.header('x-ledger-age', String(freshness.ageSeconds))
  }
}

/** After a write the answer goes out at once; the ledger catches up behind it. */
export function afterWrite(c: Pick<Context<AppEnv>, 'var' | 'set'>): void {
  c.set('wrote', true)
  c.var.maintainer.request()
}
