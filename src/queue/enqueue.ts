import type PgBoss from 'pg-boss'
import { DOCUMENT_QUEUE } from './names.js'
import type { DocumentJob } from './job.js'

export interface EnqueueOptions {
  /** Tries after the first failure before the job is parked with its error. */
  readonly retries?: number
  /** Seconds before the first retry; each later one waits about twice as long (with jitter). */
  readonly retryDelay?: number
  /** Seconds a worker may hold a job; past it the job is given to another (the first one died). */
  readonly timeout?: number
}

/** Jobs written by one INSERT: large enough to be quick, small enough for one statement's parameters. */
const CHUNK = 500

/** Puts one job per document on the queue; returns how many. Storing dedups, not the queue. */
export async function enqueueDocuments(boss: PgBoss, jobs: readonly DocumentJob[], options: EnqueueOptions = {}): Promise<number> {
  const { retries = 3, retryDelay = 10, timeout = 300 } = options
  for (let i = 0; i < jobs.length; i += CHUNK) {
    await boss.insert(jobs.slice(i, i + CHUNK).map((data) => ({
      name: DOCUMENT_QUEUE, data, retryLimit: retries, retryDelay, retryBackoff: true, expireInSeconds: timeout,
    })))
  }
  return jobs.length
}
