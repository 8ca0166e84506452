/**
 * The benchmark corpus: news text read in place from ../shared/data (PolNeAR train and dev articles and
 * the TempEval-3 plain texts), never copied into the repo. Without that folder, the bundled samples are
 * repeated to the same size so the benchmark still runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface BenchDoc { readonly text: string; readonly published: string }

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DATA = join(ROOT, '../shared/data')

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.txt') ? [path] : []
  })
}

/** PolNeAR names carry the date (`publisher_YYYY-MM-DD_slug.txt`); TimeBank ones a compact one. */
function dateOf(path: string): string {
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(path)?.[1]
  if (iso) return iso
  // A compact date only where its month and day are real ("...19998081..." is not 1999-80-81).
  const compact = /(19|20)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/.exec(path)
  return compact ? `${compact[1]}${compact[2]}-${compact[3]}-${compact[4]}` : '2020-01-01'
}

export function loadCorpus(minBytes: number): { docs: BenchDoc[]; source: string } {
  const files = ['polnear/train/text', 'polnear/dev/text', 'tempeval3/plain'].flatMap((d) => filesUnder(join(DATA, d)))
  const docs: BenchDoc[] = []
  let bytes = 0
  for (const f of files) {
    if (bytes >= minBytes) break
    const text = readFileSync(f, 'utf8')
    docs.push({ text, published: dateOf(f) })
    bytes += Buffer.byteLength(text)
  }
  if (bytes >= minBytes) return { docs, source: 'shared/data: PolNeAR train+dev, TempEval-3 plain' }
  const samples = readdirSync(join(ROOT, 'samples')).filter((n) => n.endsWith('.md')).map((n) => join(ROOT, 'samples', n))
  const texts = samples.map((f) => readFileSync(f, 'utf8').replace(/^---[\s\S]*?---\n/, ''))
  const shared = docs.length
  for (let i = 0; bytes < minBytes; i++) {
    const text = texts[i % texts.length]!
    docs.push({ text, published: '2031-03-11' })
    bytes += Buffer.byteLength(text)
  }
  return { docs, source: shared ? `shared/data (${shared} articles) topped up with the bundled samples` : 'bundled samples, repeated' }
}
