/**
 * p95 latency of the main API listings on a store of 100,000 statements (1,000 documents × 100), on the
 * engine CLAIMTRAIL_TEST_DB selects. A benchmark, not a test: `npx tsx test/api/listing-bench.ts`
 * (bench/main.ts may import runListingBench). Rows are written straight into the tables: what is
 * measured is the API's query and paging, not extraction.
 */
import { fileURLToPath } from 'node:url'
import { createApp } from '../../src/api/app.js'
import { createToken } from '../../src/ledger/tokens.js'
import { freshStore } from '../helpers/store.js'
import type { Db } from '../../src/ledger/db.js'

const pad = (n: number) => String(n).padStart(2, '0')

async function seed(store: Db, docs: number, perDoc: number): Promise<void> {
  for (let d = 0; d < docs; d++) {
    const id = `d${String(d).padStart(16, '0')}`
    await store.db.insertInto('documents').values({
      id, hash: `${id}h`, title: `Story ${d}`, outlet: `Outlet ${d % 7}`, url: null, published: `2030-${pad(1 + (d % 12))}-${pad(1 + (d % 28))}`,
      language: 'en', format: 'text', origin: null, text: 'x', warnings: '[]', ingested_at: '2030-01-01T00:00:00Z',
    }).execute()
    await store.db.insertInto('statements').values(Array.from({ length: perDoc }, (_, i) => {
      const s = { id: `s${i}`, speakers: [`gov-${(i + d) % 80}`], polarity: i % 3 ? 'asserts' : 'denies', mode: 'indirect', time: { value: `2029-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}` } }
      return { doc_id: id, id: s.id, data: JSON.stringify({ ...s, cue: { start: 0, end: 1, text: 'x' }, content: { start: 0, end: 1, text: 'x' }, rule: 'bench' }), speakers: JSON.stringify(s.speakers), polarity: s.polarity, mode: s.mode, cue: 'said', content: 'x', time_value: s.time.value, time_after: null, time_before: null }
    })).execute()
    await store.db.insertInto('doc_actors').values(Array.from({ length: 20 }, (_, i) => ({ doc_id: id, id: `gov-${(i + d) % 80}`, data: '{}', name: 'Government', type: 'government', country: null }))).execute()
  }
}

export const LISTINGS = [
  '/api/statements?limit=50',
  '/api/statements?limit=50&offset=5000',
  '/api/statements?actor=gov-7&limit=50',
  '/api/statements?polarity=denies&from=2029-03-01&to=2029-04-30&limit=50',
  '/api/documents?limit=50',
  '/api/documents?outlet=Outlet%203&limit=50',
]

export async function runListingBench(runs = 50): Promise<{ path: string; p50: number; p95: number }[]> {
  const t = await freshStore()
  try {
    await seed(t.store, 1000, 100)
    const app = createApp({ store: t.store })
    const headers = { authorization: `Bearer ${(await createToken(t.store, 'reader')).secret}` }
    const out = []
    for (const path of LISTINGS) {
      const ms: number[] = []
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        await (await app.request(path, { headers })).text()
        ms.push(performance.now() - t0)
      }
      ms.sort((a, b) => a - b)
      out.push({ path, p50: ms[Math.floor(runs * 0.5)]!, p95: ms[Math.floor(runs * 0.95)]! })
    }
    return out
  } finally {
    await t.dispose()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await runListingBench()) console.log(`${r.path.padEnd(75)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms`)
}
