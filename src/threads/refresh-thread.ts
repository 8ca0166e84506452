import { Piscina } from 'piscina'
import { workerFile } from './worker-file.js'
import type { StoreOptions } from '../ledger/db.js'

export interface RefreshThread {
  /** Refreshes the ledger if it is behind, in the thread; resolves when done. */
  refresh(): Promise<void>
  close(): Promise<void>
}

/**
 * One long-lived thread that recomputes the ledger off the main thread (see refresh-worker.ts), started
 * on the first refresh. A piscina pool of one: it also runs the worker's TypeScript under tsx.
 */
export function refreshThread(options: StoreOptions): RefreshThread {
  let pool: Piscina<'refresh' | 'close', void> | undefined
  const started = () => (pool ??= new Piscina({
    filename: workerFile('refresh-worker', import.meta.url), minThreads: 1, maxThreads: 1, workerData: options,
  }))
  return {
    refresh: () => started().run('refresh'),
    async close() {
      if (!pool) return
      const p = pool
      pool = undefined
      try { await p.run('close') } finally { await p.destroy() }
    },
  }
}
