import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

/** The modules loaded when the file is, following static value imports (type imports load nothing). */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  for (const m of source.matchAll(/^import (?!type )(?:[^'"]*? from )?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!
    if (spec.startsWith('.')) staticGraph(join(dirname(file), spec.replace(/\.js$/, '.ts')), seen)
    else seen.add(`package ${spec}`)
  }
  return seen
}

test('starting the CLI loads no database driver, pipeline, server, reader or zod: commands import them when run', () => {
  const loaded = [...staticGraph(join(SRC, 'cli/main.ts'))].map((f) => (f.startsWith('package') ? f : relative(SRC, f)))
  const heavy = loaded.filter((f) => /^(ledger\/(?!tokens)|extract\/|api\/|ingest\/|analyze\/)|package (kysely|pg|better-sqlite3|hono|@hono|zod)/.test(f))
  assert.deepEqual(heavy, [])
})
