/**
 * npm run bench (write latency): one article ingested into a store that already holds N documents,
 * at two sizes of N, so a cost growing with the store shows. Each write is timed as the user waits for
 * it: extraction, the storing transaction, then the ledger update (also reported alone). SQLite, or
 * PostgreSQL when CLAIMTRAIL_TEST_DB names a server.
 */
import { freshStore, TEST_ENGINE } from '../test/helpers/store.js'
import { addDocument } from '../src/ledger/store-documents.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import type { Document } from '../src/model/document.js'
import { refreshLedger, updateLedger } from '../src/ledger/analyses.js'
import { spreadOf, type Spread } from './measure.js'
import { syntheticArticles } from './synthetic.js'

const SIZES = (process.env['BENCH_WRITE_SIZES'] ?? '500,2000').split(',').map(Number)
const WRITES = Number(process.env['BENCH_WRITES'] ?? 5)

/** `ledgerCpuMs`: the process's CPU time in the ledger update, which a busy machine inflates less than the wall time. */
export interface WriteLatency { readonly documents: number; readonly rebuildSeconds: number; readonly writeMs: Spread; readonly ledgerMs: Spread; readonly ledgerCpuMs: Spread }

async function atSize(size: number): Promise<WriteLatency> {
  const fresh = await freshStore()
  const store = fresh.store
  try {
    // The store is filled with numbered copies of 300 extracted articles (spans unchanged), then
    // written to with articles it has not seen.
    const templates = [...syntheticArticles(300)].map((a) => ({ doc: { ...a, language: 'en', format: 'text' } as Document, x: extractDocument({ ...a, language: 'en', format: 'text' }) }))
    for (let i = 0; i < size; i++) {
      const { doc, x } = templates[i % templates.length]!
      const text = `${doc.text}\n\nCopy ${i}.`
      await addDocument(store, { ...doc, text, hash: contentHash(text) }, { ...x, document: { ...x.document, text } })
    }
    const t0 = performance.now()
    await refreshLedger(store)
    const rebuildSeconds = (performance.now() - t0) / 1000
    const writes: number[] = []
    const ledger: number[] = []
    const cpu: number[] = []
    for (const a of [...syntheticArticles(WRITES, 1000 + size)]) {
      const doc: Document = { ...a, language: 'en', format: 'text' }
      const start = performance.now()
      await addDocument(store, { ...doc, hash: contentHash(doc.text) }, extractDocument(doc))
      const stored = performance.now()
      const used = process.cpuUsage()
      await updateLedger(store)
      const done = performance.now()
      const spent = process.cpuUsage(used)
      writes.push(done - start)
      ledger.push(done - stored)
      cpu.push((spent.user + spent.system) / 1000)
    }
    return { documents: size, rebuildSeconds, writeMs: spreadOf(writes), ledgerMs: spreadOf(ledger), ledgerCpuMs: spreadOf(cpu) }
  } finally {
    await fresh.dispose()
  }
}

export async function benchWrites(): Promise<{ engine: string; writes: number; sizes: WriteLatency[] }> {
  const sizes: WriteLatency[] = []
  for (const size of SIZES) sizes.push(await atSize(size))
  return { engine: TEST_ENGINE, writes: WRITES, sizes }
}
