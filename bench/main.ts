/**
 * npm run bench [-- --extraction | --writes | --workers | --archive | --adversarial | --queue | --startup]: speed and memory of the whole extraction pipeline on ≥ 5 MB
 * of news text, and in the same process chrono-node parsing alone over the same sentences, reported as a
 * ratio (median and spread of BENCH_RUNS passes, 5 by default); then API listing latency on a large store;
 * then the latency of one write at two store sizes (`--writes`: that part alone); then the built binary's
 * ingest with one and two extracting threads (`--workers`: that part alone); then the hostile shapes of issue 12 at three
 * sizes each (`--adversarial`: that part alone). `--archive` alone builds a 50,000-document
 * store and times ingest, listings, exports and a long document on it (bench/archive.ts). `--queue` alone
 * times `claimtrail worker` processes on a PostgreSQL job queue (bench/queue.ts). `--startup` alone times
 * the built binary printing its help (bench/startup.ts); the full run ends with it.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as chrono from 'chrono-node'
import { extractDocument } from '../src/extract/extract.js'
import { findParagraphs } from '../src/extract/segment/paragraphs.js'
import { findSentences } from '../src/extract/segment/sentences.js'
import { tokenize } from '../src/extract/segment/tokens.js'
import { loadCorpus, type BenchDoc } from './corpus.js'
import { benchApi } from './api.js'
import { benchWrites } from './writes.js'
import { benchArchive } from './archive.js'
import { benchWorkers } from './workers.js'
import { benchAdversarial } from './adversarial.js'
import { benchQueue, QUEUE_WORKERS } from './queue.js'
import { benchStartup } from './startup.js'
import { cpuPass, formatSpread, spreadOf, type Pass } from './measure.js'

const MB = 1_000_000
const MIN_BYTES = 5 * MB
/** Passes of each side; the ratio is taken pass by pass, so both sides meet the same machine load. */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5)

function sentencesOf(doc: BenchDoc): string[] {
  const tokens = tokenize(doc.text)
  return findSentences(doc.text, findParagraphs(doc.text), tokens).map((s) => doc.text.slice(s.start, s.end))
}

function extractAll(docs: readonly BenchDoc[], step: () => void): void {
  for (const [i, d] of docs.entries()) {
    extractDocument({ text: d.text, published: d.published, language: 'en', format: 'text' })
    if (i % 50 === 0) step()
  }
}

function chronoAll(docs: readonly { ref: Date; sentences: string[] }[], step: () => void): void {
  for (const [i, d] of docs.entries()) {
    for (const s of d.sentences) chrono.parse(s, d.ref)
    if (i % 50 === 0) step()
  }
}

/** Writes one part's numbers to bench/out/<name>.json, for the README and for comparison. */
function save(name: string, data: unknown): void {
  const out = fileURLToPath(new URL('./out/', import.meta.url))
  mkdirSync(out, { recursive: true })
  writeFileSync(`${out}${name}.json`, JSON.stringify(data, null, 2))
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--writes')) return writesPart()
  if (argv.includes('--workers')) return workersPart()
  if (argv.includes('--archive')) return archivePart()
  if (argv.includes('--adversarial')) return adversarialPart()
  if (argv.includes('--queue')) return queuePart()
  if (argv.includes('--startup')) return startupPart()
  const { docs, source } = loadCorpus(MIN_BYTES)
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / MB
  const sentences = docs.map((d) => ({ ref: new Date(`${d.published}T12:00:00Z`), sentences: sentencesOf(d) }))
  // Warm both sides up before any pass is counted.
  extractAll(docs.slice(0, 50), () => {})
  chronoAll(sentences.slice(0, 50), () => {})
  const passes: { pipeline: Pass; chrono: Pass }[] = []
  for (let k = 0; k < RUNS; k++) passes.push({ pipeline: cpuPass((step) => extractAll(docs, step)), chrono: cpuPass((step) => chronoAll(sentences, step)) })
  const rate = (p: Pass) => megabytes / p.cpuSeconds
  const pipeline = spreadOf(passes.map((p) => rate(p.pipeline)))
  const baseline = spreadOf(passes.map((p) => rate(p.chrono)))
  const ratio = spreadOf(passes.map((p) => p.chrono.cpuSeconds / p.pipeline.cpuSeconds))
  const peak = (side: 'pipeline' | 'chrono') => Math.max(...passes.map((p) => p[side].peakRssMB))
  const result = {
    corpus: { source, documents: docs.length, megabytes: +megabytes.toFixed(2) },
    runs: RUNS, pipelineMBps: pipeline, chronoMBps: baseline, ratio,
    articlesPerSecond: (docs.length * pipeline.median) / megabytes,
    peakRssMB: { pipeline: peak('pipeline'), chrono: peak('chrono') },
    node: process.version,
  }
  process.stdout.write([
    `corpus: ${docs.length} documents, ${result.corpus.megabytes} MB (${source}); one core, CPU time, median (min–max) of ${RUNS} passes`,
    `claimtrail full pipeline   ${formatSpread(pipeline)} MB/s  ${result.articlesPerSecond.toFixed(0)} articles/s  peak RSS ${peak('pipeline').toFixed(0)} MB`,
    `chrono-node parse alone    ${formatSpread(baseline)} MB/s  peak RSS ${peak('chrono').toFixed(0)} MB`,
    `ratio (pipeline speed / chrono-node speed, pass by pass): ${formatSpread(ratio)}×`,
  ].join('\n') + '\n')
  save('extraction', result)
  // `--extraction` stops here: the API part builds a store of 100,000 statements and takes minutes.
  if (argv.includes('--extraction')) return

  const api = await benchApi()
  process.stdout.write(`\nAPI listings on a ${api.engine} store of ${api.statements} statements in ${api.documents} documents (built in ${api.buildSeconds.toFixed(0)} s), 200 requests each:\n`)
  for (const l of api.latencies) process.stdout.write(`  ${l.path.padEnd(40)} p50 ${l.p50.toFixed(1).padStart(5)} ms   p95 ${l.p95.toFixed(1).padStart(5)} ms\n`)
  process.stdout.write(`Writes on that store, the ledger refreshed by its own thread as \`claimtrail serve\` does:\n`)
  for (const l of api.writes) process.stdout.write(`  ${l.path.padEnd(40)} p50 ${l.p50.toFixed(1).padStart(5)} ms   p95 ${l.p95.toFixed(1).padStart(5)} ms\n`)
  save('api', api)
  await writesPart()
  await workersPart()
  adversarialPart()
  startupPart()
}

function startupPart(): void {
  const runs = benchStartup()
  process.stdout.write('\nStart-up of the built binary, whole process, wall clock, median (min–max) (goal: under 300 ms):\n')
  for (const r of runs) process.stdout.write(`  ${r.command.padEnd(26)} ${formatSpread(r.ms, 0)} ms\n`)
  save('startup', runs)
}

function adversarialPart(): void {
  const shapes = benchAdversarial()
  process.stdout.write('\nHostile shapes, one document each, wall clock (ratio: time against the size before, which is half):\n')
  for (const s of shapes) {
    s.sizes.forEach((z, k) => {
      const ratio = k > 0 ? `×${(z.ms / s.sizes[k - 1]!.ms).toFixed(1)}` : ''
      process.stdout.write(`  ${(k === 0 ? s.shape : '').padEnd(16)} ${String(z.chars).padStart(9)} chars ${z.ms.toFixed(0).padStart(7)} ms ${ratio.padEnd(6)} peak RSS ${z.peakRssMB.toFixed(0)} MB   slowest: ${z.slowest}\n`)
    })
  }
  save('adversarial', shapes)
}

async function workersPart(): Promise<void> {
  const w = await benchWorkers()
  process.stdout.write([
    `\nclaimtrail ingest of ${w.documents} documents (${w.megabytes} MB, one JSONL file) into an empty SQLite store, whole process, wall clock, median (min–max):`,
    `  --workers 1   ${formatSpread(w.mbps[1])} MB/s`,
    `  --workers 2   ${formatSpread(w.mbps[2])} MB/s   speed-up ${formatSpread(w.speedUp)}×`,
  ].join('\n') + '\n')
  save('workers', w)
}

async function queuePart(): Promise<void> {
  const q = await benchQueue()
  if (!q) return void process.stdout.write('\nqueue: skipped, set CLAIMTRAIL_TEST_DB=postgres://… to time workers on a PostgreSQL job queue\n')
  process.stdout.write([
    `\nJob queue: ${q.documents} documents (${q.megabytes} MB) on PostgreSQL, worker processes until the queue is empty and the ledger fresh,`,
    `wall clock with start-up, median (min–max) (queueing them took ${formatSpread(q.queueSeconds)} s):`,
    ...QUEUE_WORKERS.map((n) => `  ${n} worker${n > 1 ? 's' : ' '}   ${formatSpread(q.docsPerSecond[n]!, 1)} documents/s   ${formatSpread(q.mbps[n]!)} MB/s`),
  ].join('\n') + '\n')
  save('queue', q)
}

async function archivePart(): Promise<void> {
  const a = await benchArchive((line) => process.stderr.write(`bench: ${line}\n`))
  const ms = (n: number) => `${n.toFixed(1).padStart(6)} ms`
  process.stdout.write([
    `\nAn archive of ${a.documents} documents on ${a.engine} (filled in ${a.fillSeconds.toFixed(0)} s, ledger rebuilt in ${a.rebuildSeconds.toFixed(0)} s):`,
    `  ingest, first ${a.first.documents} (${a.first.megabytes} MB)   ${a.first.mbps.toFixed(2)} MB/s   then the ledger update ${a.first.ledgerSeconds.toFixed(1)} s`,
    `  ingest, last ${a.last.documents}                ${a.last.mbps.toFixed(2)} MB/s   then the ledger update ${a.last.ledgerSeconds.toFixed(1)} s`,
    `  store size: ${(a.bytesPer1000 / 1e6).toFixed(1)} MB per 1,000 articles`,
    ...a.listings.map((l) => `  ${l.path.padEnd(42)} p95 ${ms(l.p95)}   with 8 clients ${ms(l.p95Concurrent)}`),
    ...Object.entries(a.exportPeakMB).map(([k, mb]) => `  export ${k.padEnd(16)} peak RSS ${mb.toFixed(0)} MB`),
    `  one ${a.longDocument.kilobytes} KB document: ${formatSpread(a.longDocument.msPerKB)} ms/KB of CPU against ${formatSpread(a.longDocument.shortMsPerKB)} for 4 KB (${a.longDocument.ratio.toFixed(2)}×)`,
  ].join('\n') + '\n')
  save(`archive-${a.engine}`, a)
}

async function writesPart(): Promise<void> {
  const w = await benchWrites()
  process.stdout.write(`\nOne article ingested into a ${w.engine} store of N documents, median (min–max) of ${w.writes} writes:\n`)
  for (const s of w.sizes) {
    process.stdout.write(`  N = ${String(s.documents).padStart(6)}   write ${formatSpread(s.writeMs, 0)} ms   of which ledger update ${formatSpread(s.ledgerMs, 0)} ms (CPU ${formatSpread(s.ledgerCpuMs, 0)} ms)   (full rebuild ${s.rebuildSeconds.toFixed(1)} s)\n`)
  }
  save('writes', w)
}

await main(process.argv.slice(2))
