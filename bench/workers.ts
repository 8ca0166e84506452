/**
 * npm run bench -- --workers: `claimtrail ingest batch.jsonl --workers N` (the built binary, as a user runs
 * it: start-up, extraction, storage and the ledger update at the end all count) into an empty SQLite store,
 * for N = 1 and N = 2, in wall-clock time, since threads are what is measured. BENCH_WORKERS_MB sets the
 * batch (5 MB by default: threads start by loading the lexicons, which a small batch cannot amortize).
 * Median (min–max) of BENCH_RUNS passes each, and the speed-up pass by pass. Needs `npm run build`.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadCorpus } from './corpus.js'
import { spreadOf, type Spread } from './measure.js'

const MB = 1_000_000
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3)
const BATCH_MB = Number(process.env['BENCH_WORKERS_MB'] ?? 5)
const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))
const BUILT = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

export interface WorkersResult { readonly documents: number; readonly megabytes: number; readonly mbps: Record<'1' | '2', Spread>; readonly speedUp: Spread }

function ingestSeconds(batch: string, workers: number): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-workers-'))
  const start = performance.now()
  return new Promise<number>((resolve, reject) => {
    const args = [BIN, '--data', dataDir, 'ingest', batch, '--workers', String(workers), '--json']
    // Throughput, not limits, is measured: on a loaded machine a long article can pass the wall-time budget.
    const env = { ...process.env, CLAIMTRAIL_EXTRACTION_BUDGET_MS: '600000' }
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env })
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - start) / 1000) : reject(new Error(`ingest --workers ${workers} exited with ${code}`))))
  }).finally(() => rmSync(dataDir, { recursive: true, force: true }))
}

export async function benchWorkers(): Promise<WorkersResult> {
  if (!existsSync(BUILT)) throw new Error('bench --workers times the built binary: run npm run build first')
  const { docs } = loadCorpus(BATCH_MB * MB)
  const folder = mkdtempSync(join(tmpdir(), 'claimtrail-batch-'))
  const batch = join(folder, 'batch.jsonl')
  writeFileSync(batch, docs.map((d) => JSON.stringify({ text: d.text, published: d.published, language: 'en' })).join('\n') + '\n')
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / MB
  try {
    const passes: { one: number; two: number }[] = []
    for (let k = 0; k < RUNS; k++) passes.push({ one: await ingestSeconds(batch, 1), two: await ingestSeconds(batch, 2) })
    return {
      documents: docs.length, megabytes: +megabytes.toFixed(2),
      mbps: { 1: spreadOf(passes.map((p) => megabytes / p.one)), 2: spreadOf(passes.map((p) => megabytes / p.two)) },
      speedUp: spreadOf(passes.map((p) => p.one / p.two)),
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
