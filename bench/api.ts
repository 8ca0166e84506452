/**
 * npm run bench (part 2): p50/p95 latency of the main API listings on a store of ≥ 100,000 statements,
 * through the real app (app.request, no network), on the embedded SQLite store, or on PostgreSQL when
 * CLAIMTRAIL_TEST_DB names a server (a fresh database is made there and dropped after).
 */
import { createApp } from '../src/api/app.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../test/helpers/store.js'
import { addDocument } from '../src/ledger/store-documents.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import type { Document } from '../src/model/document.js'
import { refreshLedger } from '../src/ledger/analyses.js'
import { createToken } from '../src/ledger/tokens.js'
import { syntheticArticles } from './synthetic.js'
import { ledgerMaintainer } from '../src/ledger/maintainer.js'
import { refreshThread } from '../src/threads/refresh-thread.js'

const STATEMENTS = Number(process.env['BENCH_STATEMENTS'] ?? 100_000)
const REQUESTS = 200
const WRITES = Number(process.env['BENCH_API_WRITES'] ?? 40)

export interface Latency { readonly path: string; readonly p50: number; readonly p95: number }

export async function benchApi(): Promise<{ engine: string; statements: number; documents: number; buildSeconds: number; latencies: Latency[]; writes: Latency[] }> {
  const fresh = await freshStore()
  const store = fresh.store
  try {
    const start = performance.now()
    // Extraction runs on 500 distinct articles; copies with a numbered last line (spans unchanged)
    // fill the store through the real storage path up to the wanted number of statements.
    const templates = [...syntheticArticles(500)].map((a) => {
      const doc: Document = { ...a, language: 'en', format: 'text' }
      return { doc, x: extractDocument(doc) }
    })
    let statements = 0
    let documents = 0
    while (statements < STATEMENTS) {
      const { doc, x } = templates[documents % templates.length]!
      const text = `${doc.text}\n\nCopy ${documents}.`
      await addDocument(store, { ...doc, text, hash: contentHash(text) }, { ...x, document: { ...x.document, text } })
      documents++
      statements += x.statements.length
    }
    await refreshLedger(store)
    const buildSeconds = (performance.now() - start) / 1000
    const { secret } = await createToken(store, 'reader', 'bench')
    const app = createApp({ store })
    const paths = [
      '/api/documents?limit=50', '/api/documents?outlet=Wire%203&limit=50',
      '/api/statements?limit=50', '/api/statements?limit=50&offset=5000', '/api/statements?actor=gov-fr&limit=50',
      '/api/statements?polarity=denies&from=2030-03-01&to=2030-04-30&limit=50', '/api/actors?limit=50',
      '/api/events?limit=50', '/api/casualties?limit=50', '/api/reversals?limit=50', '/api/disagreements?limit=50',
      '/api/timeline?limit=50', '/api/search?q=soldiers+border',
    ]
    const latencies: Latency[] = []
    for (const path of paths) {
      const times: number[] = []
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = performance.now()
        const res = await app.request(path, { headers: { authorization: `Bearer ${secret}` } })
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`)
        times.push(performance.now() - t0)
      }
      latencies.push(percentiles(path, times))
    }
    const writes = await writeLatencies(fresh, documents)
    return { engine: TEST_ENGINE, statements, documents, buildSeconds, latencies, writes }
  } finally {
    await fresh.dispose()
  }
}

function percentiles(path: string, times: number[]): Latency {
  const sorted = [...times].sort((x, y) => x - y)
  return { path, p50: sorted[Math.floor(sorted.length * 0.5)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! }
}

/**
 * Writes as `claimtrail serve` answers them: the ledger is refreshed by a thread of its own after each
 * write (as the server does), so a write waits for extraction and its transaction, and for the CPU that
 * refresh takes from it, but not for the refresh. Articles the store has not seen, then reviews
 * confirming stored statements.
 */
async function writeLatencies(fresh: TestStore, stored: number): Promise<Latency[]> {
  const { store } = fresh
  const { secret } = await createToken(store, 'editor', 'bench-writes')
  const thread = refreshThread({ dataDir: fresh.dataDir, ...(fresh.databaseUrl ? { databaseUrl: fresh.databaseUrl } : {}) })
  const maintainer = ledgerMaintainer(() => thread.refresh())
  const app = createApp({ store, maintainer })
  const send = async (path: string, body: unknown) => {
    const t0 = performance.now()
    const res = await app.request(path, {
      method: 'POST', body: JSON.stringify(body),
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    })
    await res.arrayBuffer()
    if (res.status >= 300) throw new Error(`POST ${path}: HTTP ${res.status}`)
    return performance.now() - t0
  }
  try {
    const posts: number[] = []
    for (const a of [...syntheticArticles(WRITES, stored + 1000)]) {
      posts.push(await send('/api/documents', { text: a.text, published: a.published, title: a.title, outlet: a.outlet, language: 'en' }))
    }
    const listed = await app.request(`/api/statements?limit=${WRITES}&offset=1000`, { headers: { authorization: `Bearer ${secret}` } })
    const { items } = await listed.json() as { items: { id: string; docId: string }[] }
    const reviews: number[] = []
    for (const s of items) reviews.push(await send('/api/reviews', { docId: s.docId, kind: 'statement', itemId: s.id, action: 'confirm' }))
    return [percentiles('POST /api/documents (one article)', posts), percentiles('POST /api/reviews (confirm)', reviews)]
  } finally {
    await maintainer.idle()
    await thread.close()
  }
}
