import { ClaimtrailError } from '../errors.js'
import type { Extractor } from '../ledger/import.js'
import { DEFAULT_LIMITS } from '../limits.js'
import { extractPool, type ExtractPool } from './extract-pool.js'

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
  let pool: ExtractPool | undefined
  return {
    async extract(doc, warnings, known, limits) {
      pool ??= extractPool(1)
      const answer = await pool.run({ kind: 'extract', doc, warnings, known, limits: limits ?? DEFAULT_LIMITS })
      if ('error' in answer) throw new ClaimtrailError(answer.error.code, answer.error.message)
      if (!('extraction' in answer)) throw new Error('the extraction thread answered a learn task')
      return answer.extraction
    },
    async close() {
      const p = pool
      pool = undefined
      await p?.destroy()
    },
  }
}
