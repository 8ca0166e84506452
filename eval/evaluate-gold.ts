/** Scores claimtrail gold files: each article extracted and compared with its hand annotation. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractDocument } from '../src/extract/extract.js'
import { readMarkdown } from '../src/ingest/markdown.js'
import { isDocumentGold, readGold } from './gold.js'
import { scoreDocument, type DocScore, type GoldEval } from './score.js'
import { sumScores } from './table.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DEFAULT_GOLD = [resolve(ROOT, '../shared/seed'), resolve(ROOT, 'test/fixtures/corpus'), resolve(ROOT, 'test/fixtures/es')]

function goldFiles(paths: readonly string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    if (!existsSync(p)) continue
    if (statSync(p).isDirectory()) out.push(...readdirSync(p).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(p, f)))
    else out.push(p)
  }
  // A folder may also hold corpus-level gold (another format), scored by eval/corpus.ts.
  return out.filter((f) => isDocumentGold(f))
}

export function evaluateGold(paths: readonly string[] = DEFAULT_GOLD): GoldEval {
  const files = goldFiles(paths)
  const perFile: Record<string, DocScore> = {}
  const language: Record<string, string> = {}
  for (const file of files) {
    const gold = readGold(file)
    language[file] = gold.document.language ?? 'en'
    // Markdown articles are scored on the text ingest stores: the body, without front matter or markup.
    const text = gold.textPath.endsWith('.md') ? readMarkdown(gold.text, gold.textPath).text : gold.text
    const x = extractDocument({ text, published: gold.document.published, language: gold.document.language ?? 'en', outlet: gold.document.outlet, format: 'text' })
    perFile[file] = scoreDocument(gold, x)
  }
  return { files, total: sumScores(Object.values(perFile)), perFile, language }
}
