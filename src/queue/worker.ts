import type PgBoss from 'pg-boss'
import { setTimeout as sleep } from 'node:timers/promises'
import { extractDocument } from '../extract/extract.js'
import type { Db } from '../ledger/db.js'
import type { Limits } from '../limits.js'
import { importDocument } from '../ledger/import.js'
import type { AddResult } from '../ledger/store-documents.js'
import { DOCUMENT_QUEUE } from './names.js'
import { documentJobOf } from './job.js'
import { takeLedgerTurn } from './ledger-turn.js'

export type JobOutcome = { readonly id: string; readonly origin?: string } & ({ readonly result: AddResult } | { readonly error: string })

export interface WorkerOptions {
  /** Brings the ledger up to date (and sends what follows from it); run by one worker at a time. */
  readonly settle: () => Promise<void>
  /** What one document may cost (src/limits.ts): a document over a limit fails its job. */
  readonly limits: Limits
  /** Stop once no job is waiting, retrying or held anywhere and the ledger is fresh (batch runs, tests). */
  readonly untilEmpty?: boolean
  /** Stops the loop after the job in hand. */
  readonly signal?: AbortSignal
  readonly onJob?: (outcome: JobOutcome) => void
  /** A ledger update that failed; the next turn tries again. */
  readonly onError?: (e: unknown) => void
  /** How long an idle worker waits before asking for jobs again. */
  readonly pollMs?: number
  /**
   * While jobs keep coming, how often a worker takes a ledger turn. An update reads every stored
   * document, so one per job would make a long queue quadratic; an idle worker takes one at once.
   */
  readonly ledgerEveryMs?: number
}

/**
 * Takes document jobs one at a time until stopped: extracts and stores each document in one
 * transaction (a text already stored is left as it is, so a job run twice changes nothing), and takes
 * a turn at the ledger every `ledgerEveryMs` and whenever it finds no job. A job that fails is given
 * back with its one-line error; pg-boss retries it with backoff and parks it after its last try.
 */
export async function runWorker(store: Db, boss: PgBoss, options: WorkerOptions): Promise<void> {
  const { settle, limits, untilEmpty = false, signal, onJob = () => {}, onError = () => {} } = options
  const { pollMs = 1000, ledgerEveryMs = 30_000 } = options
  warmUp()
  let lastTurn = Date.now()
  const turn = () => {
    lastTurn = Date.now()
    return takeLedgerTurn(store, settle).catch((e: unknown) => { onError(e); return false })
  }
  while (!signal?.aborted) {
    const [job] = await boss.fetch<unknown>(DOCUMENT_QUEUE)
    if (job) {
      onJob(await runJob(store, boss, job, limits))
      if (Date.now() - lastTurn >= ledgerEveryMs) await turn()
      continue
    }
    const fresh = await turn()
    if (untilEmpty && fresh && (await boss.getQueueSize(DOCUMENT_QUEUE, { before: 'completed' })) === 0) return
    await sleep(pollMs, undefined, { signal }).catch(() => {})
  }
}

/**
 * A sentence through the whole pipeline before the first job: what stages load on first use (the
 * gazetteer: seconds on a busy machine) is loaded then, so the first job's time budget counts its own work.
 */
function warmUp(): void {
  extractDocument({ text: 'The ministry said on Monday that the road to the capital was open.', published: '2000-01-03', language: 'en', format: 'text' })
}

async function runJob(store: Db, boss: PgBoss, job: PgBoss.Job<unknown>, limits: Limits): Promise<JobOutcome> {
  const origin = (job.data as { document?: { origin?: string } } | null)?.document?.origin
  try {
    const { document, warnings, known } = documentJobOf(job.data)
    const result = await importDocument(store, document, warnings, limits, known)
    await boss.complete(DOCUMENT_QUEUE, job.id, { status: result.status, id: result.document.id })
    return { id: job.id, origin, result }
  } catch (e) {
    const error = String((e as Error)?.message ?? e).split('\n')[0]!
    await boss.fail(DOCUMENT_QUEUE, job.id, { message: error })
    return { id: job.id, origin, error }
  }
}
