import { Piscina } from 'piscina'
import { ClaimtrailError } from '../errors.js'
import { InputError } from '../ingest/errors.js'
import type { Reader } from '../ingest/read.js'
import type { Extractor } from '../ledger/import.js'
import { DEFAULT_LIMITS } from '../limits.js'
import type { ExtractAnswer, ExtractTask } from './extract-worker.js'
import { workerFile } from './worker-file.js'

export interface ExtractThread {
  readonly extract: Extractor
  /** Reads a posted or fetched body (parsing 5 MB of HTML takes seconds). */
  readonly read: Reader
  close(): Promise<void>
}

/**
 * Reading and extraction in one worker thread, started on first use: a server hands bodies and documents
 * to it, so a long or hostile one never holds the event loop that answers other requests. Documents queue for the thread
 * one after the other, each within the extraction limits.
 */
export function extractThread(): ExtractThread {
  let pool: Piscina<ExtractTask, ExtractAnswer> | undefined
  const run = async (task: ExtractTask) => {
    pool ??= new Piscina({ filename: workerFile('extract-worker', import.meta.url), minThreads: 1, maxThreads: 1 })
    const answer = await pool.run(task)
    if ('error' in answer) throw new ClaimtrailError(answer.error.code, answer.error.message)
    return answer
  }
  return {
    async extract(doc, warnings, known, limits) {
      const answer = await run({ kind: 'extraction', doc, warnings, known, limits: limits ?? DEFAULT_LIMITS })
      if (!('extraction' in answer)) throw new Error('an extraction task answered with something else') // a bug
      return answer.extraction
    },
    async read(bytes, origin, metadata, format) {
      const answer = await run({ kind: 'read', bytes, origin, metadata, ...(format ? { format } : {}) })
      if (!('read' in answer)) throw new Error('a read task answered with something else') // a bug
      const { documents, errors, warnings } = answer.read
      return { documents, warnings, errors: errors.map((e) => new InputError(e.code, e.origin, e.message, e.line)) }
    },
    async close() {
      const p = pool
      pool = undefined
      await p?.destroy()
    },
  }
}
