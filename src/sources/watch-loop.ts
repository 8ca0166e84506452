import { setTimeout as sleep } from 'node:timers/promises'
import type { Db } from '../ledger/db.js'
import type { ExtractOptions } from '../ledger/import.js'
import { listSources } from '../ledger/sources.js'
import type { FetchSettings } from './fetch-and-ingest.js'
import { pollSources, type PollReport } from './watch.js'

/** `extract` and `limits`: how the pages polled are extracted (a server's off its event loop). */
export interface WatchLoopOptions extends ExtractOptions {
  readonly signal: AbortSignal
  /** After a pass that polled something: bring the ledger up to date, deliver alerts. */
  readonly afterPoll?: () => Promise<unknown>
  readonly onReport?: (r: PollReport) => void
  readonly onError?: (e: unknown) => void
}

/** The longest sleep, so a feed added meanwhile (by another process) waits at most this long. */
const MAX_NAP_MS = 60_000

/** Polls each source when it falls due, until the signal stops it; a failing pass never ends the loop. */
export async function watchLoop(store: Db, settings: FetchSettings, options: WatchLoopOptions): Promise<void> {
  while (!options.signal.aborted) {
    try {
      const reports = await pollSources(store, settings, { read: options.read, extract: options.extract, limits: options.limits })
      for (const r of reports) options.onReport?.(r)
      if (reports.length) await options.afterPoll?.()
    } catch (e) {
      options.onError?.(e)
    }
    const next = (await listSources(store).catch(() => [])).map((s) => Date.parse(s.nextAt)).sort((a, b) => a - b)[0]
    const nap = Math.min(MAX_NAP_MS, Math.max(1000, (next ?? Infinity) - Date.now()))
    await sleep(nap, undefined, { signal: options.signal }).catch(() => {})
  }
}
