import { Piscina } from 'piscina'
import { ClaimtrailError } from '../errors.js'
import type { Extractor } from '../ledger/import.js'
import { DEFAULT_LIMITS } from '../limits.js'
import type { ExtractAnswer, ExtractTask } from './extract-worker.js'
import { workerFile } from './worker-file.js'

export interface ExtractThread {
  readonly extract: Extractor
  close(): Promise<void>
}

/**
 * Extraction in one worker thread, started on first use: a server hands documents to it, so a long or
 * hostile one never holds the event loop that answers other requests. Documents queue for the thread
 * one after the other, each within the extraction limits.
 */
export function extractThread(): ExtractThread {
  let pool: Piscina<ExtractTask, ExtractAnswer> | undefined
  return {
    async extract(doc, warnings, known, limits) {
      pool ??= new Piscina({ filename: workerFile('extract-worker', import.meta.url), minThreads: 1, maxThreads: 1 })
      const answer = await pool.run({ kind: 'extraction', doc, warnings, known, limits: limits ?? DEFAULT_LIMITS })
      if ('error' in answer) throw new ClaimtrailError(answer.error.code, answer.error.message)
      if (!('extraction' in answer)) throw new Error('an extraction task answered with something else') // a bug
      return answer.extraction
    },
    async close() {
      const p = pool
      pool = undefined
      await p?.destroy()
    },
  }
}
