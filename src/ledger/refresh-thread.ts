import { Worker } from 'node:worker_threads'
import { workerFile } from '../threads/worker-file.js'
import type { StoreOptions } from './db.js'

export interface RefreshThread {
  /** Refreshes the ledger if it is behind, in the thread; resolves when done. */
  refresh(): Promise<void>
  close(): Promise<void>
}

/** One long-lived thread that recomputes the ledger off the main thread (see refresh-worker.ts). */
export function refreshThread(options: StoreOptions): RefreshThread {
  let worker: Worker | undefined
  const started = () => (worker ??= new Worker(workerFile('refresh-worker', import.meta.url), { workerData: options }))
  return {
    refresh: () => new Promise((resolve, reject) => {
      const w = started()
      w.once('message', (r: { ok: boolean; message?: string }) => (r.ok ? resolve() : reject(new Error(r.message))))
      w.postMessage('refresh')
    }),
    async close() {
      if (!worker) return
      const w = worker
      worker = undefined
      await new Promise<void>((resolve) => { w.once('exit', () => resolve()); w.postMessage('close') })
    },
  }
}
