/**
 * npm run bench (part 2): p50/p95 latency of the main API listings on a store of ≥ 100,000 statements,
 * through the real app (app.request, no network), on the embedded SQLite store, or on PostgreSQL when
 * CLAIMTRAIL_TEST_DB names a server (a fresh database is made there and dropped after).
 */
import { createApp } from '../src/api/app.js'
import { freshStore, TEST_ENGINE } from '../test/helpers/store.js'
import { addDocument } from '../src/ledger/store-documents.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import type { Document } from '../src/model/document.js'
import { refreshLedger } from '../src/ledger/analyses.js'
import { createToken } from '../src/ledger/tokens.js'
import { syntheticArticles } from './synthetic.js'

const STATEMENTS = Number(process.env['BENCH_STATEMENTS'] ?? 100_000)
const REQUESTS = 200

export interface Latency { readonly path: string; readonly p50: number; readonly p95: number }

export async function benchApi(): Promise<{ engine: string; statements: number; documents: number; buildSeconds: number; latencies: Latency[] }> {
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
      times.sort((x, y) => x - y)
      latencies.push({ path, p50: times[Math.floor(REQUESTS * 0.5)]!, p95: times[Math.floor(REQUESTS * 0.95)]! })
    }
    return { engine: TEST_ENGINE, statements, documents, buildSeconds, latencies }
  } finally {
    await fresh.dispose()
  }
}
