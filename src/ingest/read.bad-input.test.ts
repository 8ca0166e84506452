import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ClaimtrailError } from '../errors.js'
import { readInputs } from './read.js'
import { scratchDir } from '../../test/helpers/scratch.js'

// Negative cases: every bad input gives one clear line naming the file, and never stops the others.
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url))
const STORY = 'The Freedonian navy said on Monday that two of its ships had returned to port.'
const dir = scratchDir('bad')

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function errorsOf(...paths: string[]): Promise<string[]> {
  const { errors } = await readInputs(paths, { published: '2025-03-01' })
  for (const e of errors) {
    assert.ok(e instanceof ClaimtrailError)
    assert.ok(!e.message.includes('\n'), 'one line')
  }
  return errors.map((e) => `${e.code}: ${e.message}`)
}

test('a missing file', async () => {
  assert.deepEqual(await errorsOf(join(dir, 'nowhere.txt')), [`not_found: ${join(dir, 'nowhere.txt')}: no such file or folder`])
})

test('a binary file, named explicitly whatever its extension', async () => {
  const png = file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
  const txt = file('disguised.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))
  assert.deepEqual(await errorsOf(png, txt), [
    `unsupported: ${png}: looks like a binary file (it contains NUL bytes), not text`,
    `unsupported: ${txt}: looks like a binary file (it contains NUL bytes), not text`,
  ])
})

test('empty text, before or after extraction', async () => {
  const blank = file('blank.txt', ' \n\n \t\n')
  const onlyMeta = file('only-front-matter.md', '---\ntitle: Nothing here\n---\n\n![photo](a.jpg)\n')
  const emptyBatch = file('empty.jsonl', '\n\n')
  assert.deepEqual(await errorsOf(blank, onlyMeta, emptyBatch), [
    `empty: ${blank}: no text to ingest`,
    `empty: ${onlyMeta}: no text to ingest`,
    `empty: ${emptyBatch}: no documents in the file`,
  ])
})

test('invalid UTF-8 is decoded with replacement characters, ingested, and warned about', async () => {
  const path = file('latin1.txt', Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(` in Sylvania reopened. ${STORY}`)]))
  const { documents, errors, warnings } = await readInputs([path], { published: '2025-03-01' })
  assert.deepEqual(errors, [])
  assert.ok(documents[0]!.document.text.startsWith('The caf\uFFFD in Sylvania'))
  const expected = [`invalid_utf8: ${path}: not valid UTF-8; 1 byte replaced with U+FFFD`]
  assert.deepEqual(documents[0]!.warnings.map((w) => `${w.code}: ${w.message}`), expected)
  assert.deepEqual(warnings.map((w) => `${w.code}: ${w.message}`), expected)
})

test('an HTML page with no article body', async () => {
  assert.deepEqual(await errorsOf(join(FIXTURES, 'no-body.html')), [`empty: ${join(FIXTURES, 'no-body.html')}: no article body found in the HTML page`])
})

test('a malformed JSONL line is an error naming the line; the other lines are still read', async () => {
  const path = join(FIXTURES, 'batch.jsonl')
  const { documents, errors } = await readInputs([path])
  assert.deepEqual(documents.map((d) => d.document.origin), [`${path}:1`, `${path}:3`])
  assert.deepEqual(errors.map((e) => [e.code, e.line, e.message.slice(0, path.length + 20)]), [['bad_input', 2, `${path}:2: not valid JSON (`]])
})

test('a feed file that is not XML', async () => {
  const path = file('broken.rss', `Freedonia Herald\n${STORY}\n`)
  assert.deepEqual(await errorsOf(path), [`bad_input: ${path}: not XML, so not a feed (line 1: char 'F' is not expected.)`])
})

test('a missing or unreadable publication date: stored as unknown, with a warning', async () => {
  const unreadable = file('soon.html', `<html><head><meta property="article:published_time" content="soon"></head><body><article><p>${STORY}</p></article></body></html>`)
  const { documents, warnings } = await readInputs([join(FIXTURES, 'article.txt'), unreadable])
  assert.deepEqual(documents.map((d) => d.document.published), [null, null])
  assert.deepEqual(warnings.map((w) => `${w.code}: ${w.message}`), [
    `no_published_date: ${join(FIXTURES, 'article.txt')}: no publication date; relative dates cannot be resolved (pass --published YYYY-MM-DD)`,
    `no_published_date: ${unreadable}: the date "soon" could not be read; relative dates cannot be resolved (pass --published YYYY-MM-DD)`,
  ])
  assert.deepEqual(documents.map((d) => d.warnings.length), [1, 1])
})

test('one bad input does not stop the others', async () => {
  const good = file('good.txt', STORY)
  const { documents, errors } = await readInputs([join(dir, 'missing.md'), join(FIXTURES, 'no-body.html'), good], { published: '2025-03-01' })
  assert.deepEqual(documents.map((d) => d.document.origin), [good])
  assert.deepEqual(errors.map((e) => e.origin), [join(dir, 'missing.md'), join(FIXTURES, 'no-body.html')])
})
