import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/ingest/read.js'
import { extractDocument } from '../src/extract/extract.js'
import { contractProblems } from './helpers/contract.js'

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url))
const CORPUS = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url))
const SEED = fileURLToPath(new URL('../../shared/seed/', import.meta.url))

test('the extraction of every sample and corpus article follows the JSON Schema, every span its text', async () => {
  const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).map((f) => CORPUS + f)
  const { documents } = await readInputs([SAMPLES, ...corpus])
  assert.ok(documents.length >= 10)
  for (const { document, warnings } of documents) {
    assert.deepEqual(contractProblems(extractDocument(document, warnings)), [], document.origin)
  }
})

test('the reference article’s extraction follows the contract', { skip: !existsSync(SEED) && 'shared/seed is not beside this checkout' }, () => {
  for (const f of readdirSync(SEED).filter((n) => n.endsWith('.txt'))) {
    const x = extractDocument({ text: readFileSync(SEED + f, 'utf8'), published: '2026-01-08', language: 'en', format: 'text' })
    assert.deepEqual(contractProblems(x), [], f)
    assert.ok(x.statements.length > 0 && x.timex.length > 0 && x.casualties.length > 0)
  }
})
