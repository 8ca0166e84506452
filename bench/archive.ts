/**
 * npm run bench -- --archive: an archive of BENCH_ARCHIVE_DOCS documents (50,000) on SQLite, or on
 * PostgreSQL when CLAIMTRAIL_TEST_DB names a server. How the store is made: 1,000 real news articles
 * (read in place from ../shared/data, as the extraction part reads them) are ingested through the whole
 * pipeline (importAll, one thread) and the ledger updated; numbered copies of those extracted articles
 * (a last line added, spans unchanged) are stored in batches up to N - 1,000 and the ledger rebuilt;
 * then the same articles, each with another last line, are ingested through the pipeline again. Ingest
 * speed of the last 1,000 is compared with the first 1,000 on the same texts.
 */
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createApp } from '../src/api/app.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import { refreshLedger, updateLedger } from '../src/ledger/analyses.js'
import { importAll, type ImportItem } from '../src/threads/import-parallel.js'
import { storeDocuments, type NewDocument } from '../src/ledger/store-documents.js'
import { createToken } from '../src/ledger/tokens.js'
import type { Document } from '../src/model/document.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../test/helpers/store.js'
import { DEFAULT_LIMITS } from '../src/limits.js'
import { loadCorpus } from './corpus.js'
import { spreadOf, type Spread } from './measure.js'

const DOCS = Number(process.env['BENCH_ARCHIVE_DOCS'] ?? 50_000)
const BATCH = 1_000
const CLIENTS = 8
const REQUESTS = 100
const MB = 1_000_000
const CLI = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))
const PATHS = [
  '/api/documents?limit=50', '/api/documents?limit=50&offset=20000', '/api/statements?limit=50',
  '/api/statements?limit=50&offset=20000', '/api/actors?limit=50', '/api/events?limit=50', '/api/casualties?limit=50',
  '/api/reversals?limit=50', '/api/disagreements?limit=50', '/api/timeline?limit=50', '/api/search?q=minister+said',
]

export interface Ingest { readonly documents: number; readonly megabytes: number; readonly mbps: number; readonly ledgerSeconds: number }
export interface Listing { readonly path: string; readonly p95: number; readonly p95Concurrent: number }
export interface ArchiveResult {
  readonly engine: string
  readonly documents: number
  readonly first: Ingest
  readonly last: Ingest
  readonly fillSeconds: number
  readonly rebuildSeconds: number
  readonly bytesPer1000: number
  readonly listings: readonly Listing[]
  readonly exportPeakMB: Readonly<Record<string, number>>
  readonly longDocument: { readonly kilobytes: number; readonly msPerKB: Spread; readonly shortMsPerKB: Spread; readonly ratio: number }
}

const itemsOf = (docs: readonly Document[]): ImportItem[] => docs.map((document) => ({ document, warnings: [] }))
const withLine = (d: Document, line: string): Document => ({ ...d, text: `${d.text}\n\n${line}` })

async function ingest(store: TestStore['store'], docs: readonly Document[]): Promise<Ingest> {
  const start = performance.now()
  for await (const o of importAll(store, itemsOf(docs), { workers: 1 })) if ('error' in o) throw o.error
  const stored = performance.now()
  await updateLedger(store)
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / MB
  return {
    documents: docs.length, megabytes: +megabytes.toFixed(2),
    mbps: megabytes / ((stored - start) / 1000), ledgerSeconds: (performance.now() - stored) / 1000,
  }
}

/** Copies of the extracted articles, a numbered last line each, stored in batches of one transaction. */
async function fill(store: TestStore['store'], docs: readonly Document[], copies: number): Promise<void> {
  const templates = docs.map((doc) => ({ doc, x: extractDocument(doc) }))
  for (let i = 0; i < copies; i += 500) {
    const batch: NewDocument[] = []
    for (let k = i; k < Math.min(copies, i + 500); k++) {
      const { doc, x } = templates[k % templates.length]!
      const text = `${doc.text}\n\nArchive copy ${k}.`
      batch.push({ doc: { ...doc, text }, hash: contentHash(text), extraction: { ...x, document: { ...x.document, text } } })
    }
    await storeDocuments(store, batch)
  }
}

function bytesOfFolder(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name)
    return n + (statSync(path).isDirectory() ? bytesOfFolder(path) : statSync(path).size)
  }, 0)
}

async function storeBytes(t: TestStore): Promise<number> {
  if (!t.databaseUrl) return bytesOfFolder(t.dataDir)
  const c = new pg.Client({ connectionString: t.databaseUrl })
  await c.connect()
  try {
    const { rows } = await c.query<{ size: string }>('SELECT pg_database_size(current_database())::text AS size')
    return Number(rows[0]!.size)
  } finally {
    await c.end()
  }
}

const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!

async function listings(store: TestStore['store']): Promise<Listing[]> {
  const { secret } = await createToken(store, 'reader', 'bench-archive')
  const app = createApp({ store, maintainer: { request: () => {}, idle: async () => {} } })
  const timed = async (path: string) => {
    const t0 = performance.now()
    const res = await app.request(path, { headers: { authorization: `Bearer ${secret}` } })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`)
    return performance.now() - t0
  }
  const out: Listing[] = []
  for (const path of PATHS) {
    const alone: number[] = []
    for (let i = 0; i < REQUESTS; i++) alone.push(await timed(path))
    const together = (await Promise.all(Array.from({ length: CLIENTS }, async () => {
      const times: number[] = []
      for (let i = 0; i < REQUESTS / 4; i++) times.push(await timed(path))
      return times
    }))).flat()
    out.push({ path, p95: p95(alone), p95Concurrent: p95(together) })
  }
  return out
}

/** Peak resident memory of one CLI export of the whole store to /dev/null, read from /proc while it runs. */
function exportPeakMB(t: TestStore, args: readonly string[]): Promise<number> {
  const where = t.databaseUrl ? ['--db', t.databaseUrl] : ['--data', t.dataDir]
  const child = spawn(process.execPath, [CLI, ...where, 'export', ...args, '--out', '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let peak = 0
  let errors = ''
  child.stderr.on('data', (b: Buffer) => { errors += b.toString() })
  const poll = setInterval(() => {
    try {
      const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]
      if (kb) peak = Math.max(peak, Number(kb) / 1024)
    } catch { /* the process has ended */ }
  }, 20)
  return new Promise((resolve, reject) => child.on('exit', (code) => {
    clearInterval(poll)
    if (code === 0) resolve(peak)
    else reject(new Error(`export ${args.join(' ')}: exit ${code}: ${errors.trim()}`))
  }))
}

// The long document joins a thousand articles: more statements and time than one article may take.
const UNBOUNDED = { ...DEFAULT_LIMITS, maxStatements: Infinity, extractionBudgetMs: Infinity }

/** CPU milliseconds per kilobyte of extracting one document, median (min–max) of three runs. */
function msPerKB(doc: Document): Spread {
  const runs = [0, 1, 2].map(() => {
    const t0 = process.cpuUsage()
    extractDocument(doc, [], undefined, [], UNBOUNDED)
    const used = process.cpuUsage(t0)
    return (used.user + used.system) / 1000 / (Buffer.byteLength(doc.text) / 1000)
  })
  return spreadOf(runs)
}

function longDocument(docs: readonly Document[]): ArchiveResult['longDocument'] {
  const joined = (bytes: number) => {
    const parts: string[] = []
    for (let n = 0, k = 0; n < bytes; k++) {
      const text = docs[k % docs.length]!.text
      parts.push(text)
      n += Buffer.byteLength(text) + 2
    }
    return { ...docs[0]!, text: parts.join('\n\n') }
  }
  const long = joined(MB)
  const short = joined(4_000)
  const [longMs, shortMs] = [msPerKB(long), msPerKB(short)]
  return { kilobytes: Math.round(Buffer.byteLength(long.text) / 1000), msPerKB: longMs, shortMsPerKB: shortMs, ratio: longMs.median / shortMs.median }
}

export async function benchArchive(say: (line: string) => void): Promise<ArchiveResult> {
  // Distinct texts only: without ../shared/data the corpus repeats the bundled samples.
  const texts = [...new Map(loadCorpus(5 * MB).docs.map((d) => [d.text, d])).values()]
  const docs: Document[] = texts.slice(0, BATCH).map((d) => ({ ...d, language: 'en', format: 'text' }))
  const t = await freshStore()
  try {
    say(`${TEST_ENGINE}: ingesting the first ${docs.length} articles`)
    const first = await ingest(t.store, docs)
    say(`filling the store to ${DOCS - docs.length} documents`)
    const t0 = performance.now()
    await fill(t.store, docs, DOCS - 2 * docs.length)
    const fillSeconds = (performance.now() - t0) / 1000
    const t1 = performance.now()
    await refreshLedger(t.store)
    const rebuildSeconds = (performance.now() - t1) / 1000
    say(`ingesting the last ${docs.length} articles`)
    const last = await ingest(t.store, docs.map((d, i) => withLine(d, `Late copy ${i}.`)))
    const bytesPer1000 = (await storeBytes(t)) / (DOCS / 1000)
    say('timing listings and exports')
    const result: ArchiveResult = {
      engine: TEST_ENGINE, documents: DOCS, first, last, fillSeconds, rebuildSeconds, bytesPer1000,
      listings: await listings(t.store),
      exportPeakMB: {
        json: await exportPeakMB(t, ['--format', 'json']),
        'csv statements': await exportPeakMB(t, ['--format', 'csv', '--table', 'statements']),
      },
      longDocument: longDocument(docs),
    }
    return result
  } finally {
    await t.dispose()
  }
}
