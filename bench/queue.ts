/**
 * npm run bench -- --queue: throughput of the PostgreSQL job queue with 1 and with 3 `claimtrail worker`
 * processes (the built binary, as an operator runs it) on the same documents, each count on a fresh
 * database of the server CLAIMTRAIL_TEST_DB names. Timed from the workers' start until the last one has
 * stopped with every job done and the ledger up to date (`worker --until-empty`), so process start-up
 * and ledger updates count; queueing is timed apart. Median (min–max) of BENCH_RUNS passes.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { openQueue } from '../src/queue/boss.js'
import { enqueueDocuments } from '../src/queue/enqueue.js'
import { documentJobs } from '../src/queue/jobs.js'
import { freshStore, TEST_DB_URL } from '../test/helpers/store.js'
import { loadCorpus } from './corpus.js'
import { spreadOf, type Spread } from './measure.js'

const MB = 1_000_000
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3)
const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))
export const QUEUE_WORKERS = [1, 3] as const

export interface QueueResult {
  readonly documents: number
  readonly megabytes: number
  /** Seconds to read the jobs' places and insert them, per pass. */
  readonly queueSeconds: Spread
  readonly docsPerSecond: Record<string, Spread>
  readonly mbps: Record<string, Spread>
}

function runWorker(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Throughput, not limits, is measured: on a loaded machine a long article can pass the wall-time budget.
    const env = { ...process.env, CLAIMTRAIL_EXTRACTION_BUDGET_MS: '600000' }
    const child = spawn(process.execPath, [BIN, '--db', url, 'worker', '--until-empty'], { stdio: ['ignore', 'ignore', 'inherit'], env })
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))))
  })
}

async function pass(items: Parameters<typeof documentJobs>[1], workers: number): Promise<{ queue: number; work: number }> {
  const t = await freshStore()
  try {
    const q0 = performance.now()
    const boss = await openQueue(t.databaseUrl!)
    await enqueueDocuments(boss, await documentJobs(t.store, items))
    await boss.stop({ graceful: false, wait: true })
    const w0 = performance.now()
    await Promise.all(Array.from({ length: workers }, () => runWorker(t.databaseUrl!)))
    return { queue: (w0 - q0) / 1000, work: (performance.now() - w0) / 1000 }
  } finally {
    await t.dispose()
  }
}

/** Undefined without a PostgreSQL server to run on. */
export async function benchQueue(): Promise<QueueResult | undefined> {
  if (!TEST_DB_URL) return undefined
  const { docs } = loadCorpus(MB)
  const items = docs.map((d) => ({ document: { text: d.text, published: d.published, language: 'en', format: 'text' as const }, warnings: [] }))
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / MB
  const runs: Record<string, { queue: number; work: number }[]> = {}
  for (let k = 0; k < RUNS; k++) for (const n of QUEUE_WORKERS) (runs[n] ??= []).push(await pass(items, n))
  const of = (f: (seconds: number) => number) => Object.fromEntries(QUEUE_WORKERS.map((n) => [n, spreadOf(runs[n]!.map((r) => f(r.work)))]))
  return {
    documents: docs.length, megabytes: +megabytes.toFixed(2),
    queueSeconds: spreadOf(Object.values(runs).flat().map((r) => r.queue)),
    docsPerSecond: of((s) => docs.length / s), mbps: of((s) => megabytes / s),
  }
}
