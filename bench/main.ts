/**
 * npm run bench: speed and memory of the whole extraction pipeline on ≥ 5 MB of news text, and in the
 * same process chrono-node parsing alone over the same sentences, reported as a ratio.
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

const MB = 1_000_000
const MIN_BYTES = 5 * MB

interface Run { seconds: number; peakRssMB: number }

/** Times `work` once after a warm-up pass on a slice, sampling resident memory as it goes. */
function measure(work: (onStep: () => void) => void, warmUp: () => void): Run {
  warmUp()
  globalThis.gc?.()
  let peak = process.memoryUsage().rss
  const start = process.hrtime.bigint()
  work(() => { const rss = process.memoryUsage().rss; if (rss > peak) peak = rss })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { seconds, peakRssMB: peak / MB }
}

function sentencesOf(doc: BenchDoc): string[] {
  const tokens = tokenize(doc.text)
  return findSentences(doc.text, findParagraphs(doc.text), tokens).map((s) => doc.text.slice(s.start, s.end))
}

async function main(): Promise<void> {
  const { docs, source } = loadCorpus(MIN_BYTES)
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0)
  const warm = docs.slice(0, 50)
  const pipeline = measure(
    (step) => { for (const [i, d] of docs.entries()) { extractDocument({ text: d.text, published: d.published, language: 'en', format: 'text' }); if (i % 50 === 0) step() } },
    () => { for (const d of warm) extractDocument({ text: d.text, published: d.published, language: 'en', format: 'text' }) },
  )
  const sentences = docs.map((d) => ({ ref: new Date(`${d.published}T12:00:00Z`), sentences: sentencesOf(d) }))
  const baseline = measure(
    (step) => { for (const [i, d] of sentences.entries()) { for (const s of d.sentences) chrono.parse(s, d.ref); if (i % 50 === 0) step() } },
    () => { for (const d of sentences.slice(0, 50)) for (const s of d.sentences) chrono.parse(s, d.ref) },
  )
  const rate = (r: Run) => ({ mbPerSecond: bytes / MB / r.seconds, articlesPerSecond: docs.length / r.seconds })
  const result = {
    corpus: { source, documents: docs.length, megabytes: +(bytes / MB).toFixed(2) },
    pipeline: { ...rate(pipeline), seconds: pipeline.seconds, peakRssMB: pipeline.peakRssMB },
    chronoBaseline: { ...rate(baseline), seconds: baseline.seconds, peakRssMB: baseline.peakRssMB },
    ratio: baseline.seconds / pipeline.seconds,
    node: process.version,
  }
  const row = (name: string, r: ReturnType<typeof rate> & { seconds: number; peakRssMB: number }) =>
    `${name.padEnd(26)} ${r.mbPerSecond.toFixed(2).padStart(7)} MB/s  ${r.articlesPerSecond.toFixed(0).padStart(6)} articles/s  ${r.seconds.toFixed(2).padStart(6)} s  peak RSS ${r.peakRssMB.toFixed(0)} MB`
  process.stdout.write([
    `corpus: ${docs.length} documents, ${result.corpus.megabytes} MB (${source}); one core`,
    row('claimtrail full pipeline', result.pipeline),
    row('chrono-node parse alone', result.chronoBaseline),
    `ratio (pipeline speed / chrono-node speed): ${result.ratio.toFixed(2)}×`,
  ].join('\n') + '\n')
  const out = fileURLToPath(new URL('./out/', import.meta.url))
  mkdirSync(out, { recursive: true })
  writeFileSync(`${out}extraction.json`, JSON.stringify(result, null, 2))

  const api = await benchApi()
  process.stdout.write(`\nAPI listings on a ${api.engine} store of ${api.statements} statements in ${api.documents} documents (built in ${api.buildSeconds.toFixed(0)} s), 200 requests each:\n`)
  for (const l of api.latencies) process.stdout.write(`  ${l.path.padEnd(40)} p50 ${l.p50.toFixed(1).padStart(5)} ms   p95 ${l.p95.toFixed(1).padStart(5)} ms\n`)
  writeFileSync(`${out}api.json`, JSON.stringify(api, null, 2))
}

await main()
