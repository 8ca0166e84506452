/**
 * Every reversal and disagreement the ledger reports over real news (../shared/realdev, each gold's text)
 * plus the invented corpus (test/fixtures/corpus, test/fixtures/es) and stories (test/fixtures/stories), ingested into one
 * fresh store: one line per link with its status, score, rules and both sides' words, for judging by hand
 * (the precision table in README.md). Run: `npx tsx eval/links.ts [--json]`.
 */
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/ingest/read.js'
import { openDb } from '../src/ledger/db.js'
import { importDocument } from '../src/ledger/import.js'
import { listDisagreements, listReversals, refreshLedger } from '../src/ledger/analyses.js'
import type { Claim } from '../src/model/ledger.js'
import { readGold } from './gold.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REAL_NEWS = resolve(ROOT, '../shared/realdev')
const OURS = ['test/fixtures/corpus', 'test/fixtures/es', 'test/fixtures/stories'].map((d) => join(ROOT, d)).filter(existsSync)
const ALL = { limit: 1_000_000 }

const words = (c: Claim) => `${c.evidence.title ?? c.evidence.docId}: “${c.evidence.span.text.replace(/\s+/g, ' ').slice(0, 110)}”`

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-links-'))
  const store = await openDb({ dataDir })
  try {
    if (existsSync(REAL_NEWS)) {
      for (const f of readdirSync(REAL_NEWS).filter((x) => x.endsWith('.gold.json')).sort()) {
        const g = readGold(join(REAL_NEWS, f))
        const doc = g.document as { published: string; language?: string }
        await importDocument(store, { text: g.text, published: doc.published, language: doc.language ?? 'en', title: f.replace('.gold.json', ''), format: 'text' })
      }
    }
    const files = OURS.flatMap((d) => readdirSync(d, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort().map((f) => join(d, f)))
    const read = await readInputs(files)
    for (const { document, warnings } of read.documents) await importDocument(store, document, warnings)
    await refreshLedger(store)
    const reversals = await listReversals(store, ALL)
    const disagreements = await listDisagreements(store, ALL)
    if (process.argv.includes('--json')) return void process.stdout.write(`${JSON.stringify({ reversals, disagreements }, null, 2)}\n`)
    reversals.forEach((r, i) => {
      console.log(`R${i + 1} ${r.status} ${r.score} ${r.actor} ${r.rating} · ${r.proposition.key}\n   rules: ${r.rules.join(', ')}`)
      console.log(`   earlier: ${words(r.earlier[0]!)}\n   later:   ${words(r.later[0]!)}`)
    })
    disagreements.forEach((d, i) => {
      console.log(`D${i + 1} ${d.status} ${d.score} ${d.sides.map((s) => `${s.polarity}:${s.actors.join('+')}`).join(' / ')} · ${d.proposition.key}\n   rules: ${d.rules.join(', ')}`)
      for (const s of d.sides) console.log(`   ${s.polarity}: ${words(s.claims[0]!)}`)
    })
    console.log(`${reversals.length} reversals, ${disagreements.length} disagreements`)
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
