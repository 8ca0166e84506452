/**
 * npm run eval [-- GOLD_FILES_OR_DIRS…] [--json FILE] [--errors] [--no-datasets]
 * Scores extraction against claimtrail gold files, and against TempEval-3 platinum and the PolNeAR
 * test split when ../shared/data holds them; prints one table and can write JSON.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_GOLD, evaluateGold } from './evaluate-gold.js'
import type { DocScore, GoldEval } from './score.js'
import { formatPooled, formatTable, pooled, sumScores } from './table.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// Real news (../shared/realdev, hand annotated) is scored apart from our own articles when it is there.
const REAL_NEWS = resolve(ROOT, '../shared/realdev')

async function main(argv: string[]): Promise<void> {
  const jsonAt = argv.indexOf('--json')
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined
  const errors = argv.includes('--errors')
  const paths = argv.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1))
  const goldPaths = paths.length ? paths.map((p) => resolve(p)) : DEFAULT_GOLD
  const gold = evaluateGold(goldPaths)
  const report: Record<string, unknown> = { gold: { files: gold.files, total: gold.total } }
  printByLanguage(gold, 'claimtrail gold', errors)
  for (const p of goldPaths) if (!existsSync(p)) process.stdout.write(`gold: skipped, no ${p}\n`)
  if (!paths.length && existsSync(REAL_NEWS)) {
    const real = evaluateGold([REAL_NEWS])
    report.realdev = { files: real.files, total: real.total, pooled: pooled(real.total) }
    process.stdout.write('\n')
    printByLanguage(real, 'real news, ../shared/realdev', errors)
  } else if (!paths.length) {
    // Said, not silently left out: a checkout beside no ../shared would otherwise look like it scored it.
    process.stdout.write(`\nreal news: skipped, no ${REAL_NEWS}\n`)
  }
  const dirs = goldPaths.filter((p) => existsSync(join(p, 'corpus.gold.json')))
  for (const dir of dirs) Object.assign(report, await corpus(dir, errors))
  if (!argv.includes('--no-datasets')) Object.assign(report, await datasets())
  if (jsonFile) {
    mkdirSync(dirname(resolve(jsonFile)), { recursive: true })
    writeFileSync(jsonFile, JSON.stringify(report, (k, v) => (k === 'misses' ? undefined : v), 2))
  }
}

/** One table per language (English and Spanish rules are measured apart), each with its pooled line. */
function printByLanguage(gold: GoldEval, title: string, errors: boolean): void {
  const NAMES: Record<string, string> = { en: 'English', es: 'Spanish' }
  for (const [k, lang] of [...new Set(Object.values(gold.language))].sort().entries()) {
    const files = gold.files.filter((f) => gold.language[f] === lang)
    const total = sumScores(files.map((f) => gold.perFile[f]!))
    const head = `${k ? '\n' : ''}${title}, ${NAMES[lang] ?? lang} (${files.length} documents)`
    process.stdout.write(`${head}\n${formatTable(total)}\n${formatPooled(pooled(total))}\n`)
    if (errors) printMisses(total)
  }
}

function printMisses(score: DocScore): void {
  for (const [kind, s] of Object.entries(score)) {
    for (const m of s.misses) process.stdout.write(`  missed ${kind}: ${m}\n`)
    for (const w of s.wrong ?? []) process.stdout.write(`  wrong ${kind} ${w}\n`)
  }
}

/** A folder with corpus-level gold: its ledger scored across documents (eval/corpus.ts). */
async function corpus(dir: string, errors: boolean): Promise<Record<string, unknown>> {
  const { scoreCorpus } = await import('./corpus.js')
  const score = await scoreCorpus(dir)
  process.stdout.write(`\nclaimtrail corpus, across documents (${score.documents.files.length} documents)\n${formatTable(score.crossDocument)}\n`)
  if (errors) printMisses(score.crossDocument)
  return { corpus: { documents: score.documents.total, crossDocument: score.crossDocument } }
}

/** The public datasets, scored when present: each module owns its reader and official scoring. */
async function datasets(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  const { scoreTempEval, formatScore } = await import('./tempeval.js')
  const { scorePolnear, formatPolnear } = await import('./polnear.js')
  try {
    const te = await scoreTempEval({ set: 'platinum' })
    out['tempeval3_platinum'] = te
    process.stdout.write(`\nTempEval-3 platinum (timex; HeidelTime: relaxed F1 0.903, value F1 0.776)\n${formatScore(te)}\n`)
  } catch (e) { process.stdout.write(`\nTempEval-3 platinum: skipped (${(e as Error).message})\n`) }
  try {
    const pn = await scorePolnear({ split: 'test' })
    out['polnear_test'] = pn
    process.stdout.write(`\nPolNeAR test (attribution; human agreement alpha 0.754)\n${formatPolnear(pn)}\n`)
  } catch (e) { process.stdout.write(`\nPolNeAR test: skipped (${(e as Error).message})\n`) }
  return out
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
