import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { ClaimtrailError } from '../errors.js'
import { readInputs } from './read.js'
import { scratchDir } from '../../test/helpers/scratch.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url))
const STORY = 'Sylvania reopened the river crossing on Monday, officials said.'

function folder(files: Record<string, string>): string {
  const dir = scratchDir('ingest')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

test('walks folders recursively in name order, skipping hidden entries and unknown extensions', async () => {
  const dir = folder({ 'b.txt': STORY, 'a/z.md': `# Z\n\n${STORY}`, 'a/y.txt': `Y. ${STORY}`, '.hidden.txt': STORY, '.git/c.txt': STORY, 'notes.csv': 'a,b' })
  const { documents, errors, warnings } = await readInputs([dir])
  assert.deepEqual(documents.map((d) => d.document.origin!.slice(dir.length + 1)), ['a/y.txt', 'a/z.md', 'b.txt'])
  assert.deepEqual(errors, [])
  assert.deepEqual(warnings.filter((w) => w.code === 'skipped').map((w) => w.message), [`${join(dir, 'notes.csv')}: skipped, .csv is not a format claimtrail reads`])
})

test('reads every fixture format from one folder', async () => {
  const { documents } = await readInputs([FIXTURES])
  assert.deepEqual(documents.map((d) => d.document.format), ['html', 'markdown', 'text', 'jsonl', 'jsonl', 'feed', 'feed', 'feed', 'feed'])
})

test('flags override the metadata of plain inputs', async () => {
  const { documents } = await readInputs([join(FIXTURES, 'article.html')], { published: '2025-03-05', outlet: 'Valley Post', title: 'Envoy recalled', url: 'https://v.example/1', language: 'es' })
  const { text, origin, ...meta } = documents[0]!.document
  assert.deepEqual(meta, { published: '2025-03-05', language: 'es', outlet: 'Valley Post', title: 'Envoy recalled', url: 'https://v.example/1', format: 'html' })
})

test('in batch inputs only --outlet and --language apply, and only where a record has none', async () => {
  const { documents } = await readInputs([join(FIXTURES, 'batch.jsonl')], { published: '2025-01-01', outlet: 'Wire Desk', title: 'Same title' })
  assert.deepEqual(documents.map(({ document: d }) => `${d.outlet} ${d.published} ${d.title}`), ['Freedonia Radio 2025-03-03 Elections in May', 'Wire Desk null undefined'])
})

test('documents default to English; a page states its own language, and one we have no rules for is refused', async () => {
  const page = (lang: string) => `<html lang="${lang}"><body><article><p>${STORY} ${STORY}</p></article></body></html>`
  const dir = folder({ 'a.txt': STORY, 'b.html': page('es-MX'), 'c.html': page('fr-FR'), 'd.html': page('und') })
  const { documents, errors } = await readInputs([dir])
  assert.deepEqual(documents.map((d) => d.document.language), ['en', 'es', 'en'])
  assert.deepEqual(errors.map((e) => e.message), [`${join(dir, 'c.html')}: language: expected a supported language code (en, es), got "fr-FR"`])
})

test('- reads standard input and sniffs its format', async () => {
  const stdin = Readable.from([Buffer.from('{"text": "Freedonia voted.", "published": "2025-02-01"}\n')])
  const { documents } = await readInputs(['-'], { stdin })
  assert.deepEqual(documents.map((d) => [d.document.format, d.document.origin, d.document.published]), [['jsonl', '-:1', '2025-02-01']])
})

test('stores the text normalized: NFC, \\n line endings, no trailing spaces', async () => {
  const dir = folder({ 'a.txt': `Cafe\u0301 talks  \r\n\r\n${STORY}\r\n` })
  const { documents } = await readInputs([dir], { published: '2025-01-01' })
  assert.equal(documents[0]!.document.text, `Café talks\n\n${STORY}`)
})

test('a bad --published or --language stops the run with one line', async () => {
  await assert.rejects(readInputs([FIXTURES], { published: '2025-02-29' }), (e: unknown) => e instanceof ClaimtrailError && e.message === '--published: expected a real date YYYY-MM-DD between 1800 and 2199, got "2025-02-29"')
  await assert.rejects(readInputs([FIXTURES], { language: 'English!' }), /^ClaimtrailError: --language: expected a supported language code \(en, es\), got "English!"$/)
  await assert.rejects(readInputs([FIXTURES], { language: 'xx' }), /--language: expected a supported language code/)
  await assert.rejects(readInputs([FIXTURES], { url: 'javascript:alert(1)' }), /^ClaimtrailError: --url: expected an http\(s\) address, got "javascript:alert\(1\)"$/)
})
