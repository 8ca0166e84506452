import { Piscina } from 'piscina'
import { workerFile } from './worker-file.js'
import type { ExtractAnswer, ExtractTask } from './extract-worker.js'

/** Runs extraction tasks (see extract-worker.ts); close() when done. */
export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractAnswer>
  close(): Promise<void>
}

/**
 * `threads` worker threads that extract documents, or, for fewer than two, this thread: a single
 * extraction thread would only add its start-up and the copying of every text and answer.
 * The extraction code is loaded only where it runs, so a writer with threads never loads it.
 */
export async function extractPool(threads: number): Promise<ExtractPool> {
  if (threads < 2) {
    const { default: extractTask } = await import('./extract-worker.js')
    return { run: async (task) => extractTask(task), close: async () => {} }
  }
  const pool = new Piscina<ExtractTask, ExtractAnswer>({ filename: workerFile('extract-worker', import.meta.url), minThreads: threads, maxThreads: threads })
  return { run: (task) => pool.run(task), close: () => pool.destroy() }
}
