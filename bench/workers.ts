/**
 * npm run bench -- --workers: ingest of the same articles into an empty SQLite store with one extracting
 * thread and with two (importAll, as `claimtrail ingest --workers N` runs it), in wall-clock time, since
 * threads are what is measured. Median (min–max) of BENCH_RUNS passes each, and the speed-up pass by pass.
 */
import { freshStore } from '../test/helpers/store.js'
import { importAll, type ImportItem } from '../src/ledger/import-parallel.js'
import { loadCorpus } from './corpus.js'
import { spreadOf, type Spread } from './measure.js'

const MB = 1_000_000
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3)

export interface WorkersResult { readonly documents: number; readonly megabytes: number; readonly mbps: Record<'1' | '2', Spread>; readonly speedUp: Spread }

async function ingestSeconds(items: readonly ImportItem[], workers: number): Promise<number> {
  const t = await freshStore()
  try {
    const start = performance.now()
    for await (const o of importAll(t.store, items, { workers })) if ('error' in o) throw o.error
    return (performance.now() - start) / 1000
  } finally {
    await t.dispose()
  }
}

export async function benchWorkers(): Promise<WorkersResult> {
  const { docs } = loadCorpus(2 * MB)
  const items = docs.map((d) => ({ document: { text: d.text, published: d.published, language: 'en', format: 'text' as const }, warnings: [] }))
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / MB
  await ingestSeconds(items.slice(0, 20), 1) // warm-up
  const passes: { one: number; two: number }[] = []
  for (let k = 0; k < RUNS; k++) passes.push({ one: await ingestSeconds(items, 1), two: await ingestSeconds(items, 2) })
  return {
    documents: docs.length, megabytes: +megabytes.toFixed(2),
    mbps: { 1: spreadOf(passes.map((p) => megabytes / p.one)), 2: spreadOf(passes.map((p) => megabytes / p.two)) },
    speedUp: spreadOf(passes.map((p) => p.one / p.two)),
  }
}
