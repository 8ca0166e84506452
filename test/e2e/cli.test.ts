import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { isOneLineError, runCli } from '../helpers/cli.js'
import { contractProblems } from '../helpers/contract.js'
import type { Command } from 'commander'
import { buildProgram } from '../../src/cli/main.js'

const SEED = fileURLToPath(new URL('../../../shared/seed/guardian-2026-01-08-cuban-soldiers.txt', import.meta.url))
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url))

describe(`claimtrail CLI (${TEST_ENGINE})`, () => {
  let t: TestStore
  const cli = (...args: string[]) => runCli(args, t)
  const docs = () => JSON.parse(cli('docs', '--json').stdout) as { id: string; published: string | null; outlet: string | null }[]
  const file = (name: string, content: string | Buffer) => { const p = join(t.dataDir, name); writeFileSync(p, content); return p }
  before(async () => { t = await freshStore() })
  after(async () => { await t.dispose() })

  test('ingests the reference article once, however often it is given', { skip: !existsSync(SEED) && 'shared/seed is not beside this checkout' }, () => {
    const first = cli('ingest', SEED, '--published', '2026-01-08', '--outlet', 'The Guardian')
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stdout, /1 added/)
    const again = cli('ingest', SEED, '--published', '2026-01-08', '--outlet', 'The Guardian')
    assert.equal(again.code, 0, again.stderr)
    assert.match(again.stdout, /0 added, 1 already stored/)
    const listed = docs()
    assert.equal(listed.length, 1)
    assert.equal(listed[0]!.published, '2026-01-08')
    assert.equal(listed[0]!.outlet, 'The Guardian')
  })

  test('ingests the bundled samples and shows one with its text', () => {
    const r = cli('ingest', SAMPLES)
    assert.equal(r.code, 0, r.stderr)
    const sample = docs().find((d) => d.outlet === 'Harbour Wire')
    assert.ok(sample)
    const shown = cli('show', sample.id)
    assert.equal(shown.code, 0, shown.stderr)
    assert.match(shown.stdout, /Velmoran army says 12 fighters killed in raid on Ilm/)
    assert.match(shown.stdout, /published 2031-03-05 · Harbour Wire/)
  })

  test('ledger rebuild recomputes the ledger the writes kept up to date', () => {
    const listed = cli('actors', '--json')
    const r = cli('ledger', 'rebuild', '--json')
    assert.equal(r.code, 0, r.stderr)
    const counts = JSON.parse(r.stdout) as Record<string, number>
    assert.equal(counts['actors'], (JSON.parse(listed.stdout) as unknown[]).length)
    assert.equal(cli('actors', '--json').stdout, listed.stdout)
  })

  test('extract prints the output contract without storing anything', () => {
    const before = docs().length
    const r = cli('extract', file('fresh.txt', 'The ministry said on Monday that the bridge had reopened.'), '--published', '2030-02-06', '--json')
    assert.equal(r.code, 0, r.stderr)
    const x = JSON.parse(r.stdout)
    assert.equal(x.document.published, '2030-02-06')
    assert.deepEqual(contractProblems(x), [])
    assert.equal(docs().length, before)
  })

  test('search finds stored text', () => {
    const r = cli('search', 'fighters', '--json')
    assert.equal(r.code, 0, r.stderr)
    assert.ok((JSON.parse(r.stdout) as unknown[]).length >= 1)
  })

  test('every command and subcommand explains itself with examples', () => {
    const walk = (command: Command, path: string[]): string[][] =>
      command.commands.flatMap((sub) => [[...path, sub.name()], ...walk(sub, [...path, sub.name()])])
    const commands = walk(buildProgram(), [])
    assert.ok(commands.length >= 20)
    for (const command of commands) {
      const r = cli(...command, '--help')
      assert.equal(r.code, 0, command.join(' '))
      assert.match(r.stdout, /Examples:/, command.join(' '))
    }
  })

  describe('bad input: one clear line, non-zero exit, store unchanged', () => {
    const rejects = (args: string[], pattern: RegExp) => {
      const before = docs().length
      const r = cli(...args)
      assert.notEqual(r.code, 0, r.stdout)
      assert.ok(isOneLineError(r.stderr), r.stderr)
      assert.match(r.stderr, pattern)
      assert.equal(docs().length, before)
    }
    test('a missing file', () => rejects(['ingest', join(t.dataDir, 'nope.txt')], /nope\.txt/))
    test('a binary file', () => rejects(['ingest', file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]))], /binary|not text/i))
    test('an unsupported file type', () => rejects(['ingest', file('sheet.xlsx', Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))], /sheet\.xlsx/))
    test('an empty text', () => rejects(['ingest', file('empty.txt', '  \n\n ')], /empty|no text/i))
    test('HTML with no article body', () => rejects(['ingest', file('blank.html', '<html><head><title>x</title></head><body><nav>Home</nav></body></html>')], /blank\.html/))
    test('a feed that is not XML', () => rejects(['ingest', file('broken.rss', 'this is not xml at all')], /broken\.rss/))
    test('a bad publication date flag', () => rejects(['ingest', SAMPLES, '--published', '2026-02-30'], /YYYY-MM-DD/))
    test('a thread count that is not a positive whole number', () => rejects(['ingest', SAMPLES, '--workers', '0'], /--workers[\s\S]*positive whole number/))
    test('an unreachable store', () => {
      const r = runCli(['docs'], { dataDir: t.dataDir, databaseUrl: 'mysql://nowhere' })
      assert.notEqual(r.code, 0)
      assert.ok(isOneLineError(r.stderr), r.stderr)
    })

    test('a malformed JSONL line is named and the other lines are still ingested', () => {
      const batch = file('batch.jsonl', [
        JSON.stringify({ text: 'The port of Tilla reopened after the storm.', published: '2030-03-01', outlet: 'Coast News' }),
        '{"text": "broken',
        JSON.stringify({ text: 'Fishing boats returned to Tilla harbour.', published: '2030-03-02', outlet: 'Coast News' }),
      ].join('\n'))
      const before = docs().length
      const r = cli('ingest', batch)
      assert.match(r.stderr, /batch\.jsonl:2/)
      assert.ok(!/\n\s+at /.test(r.stderr))
      assert.equal(docs().length, before + 2)
    })

    test('invalid UTF-8 is decoded with replacement characters and a warning', () => {
      const r = cli('ingest', file('latin1.txt', Buffer.concat([Buffer.from('The mayor of Tilla resigned on Friday, caf'), Buffer.from([0xe9]), Buffer.from(' owners said.')])), '--published', '2030-03-04')
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stderr, /UTF-8/i)
    })

    test('a missing publication date is stored as unknown, with a warning', () => {
      const r = cli('ingest', file('undated.txt', 'The harbour master said on Tuesday that the storm had passed.'))
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stderr, /relative dates cannot be resolved/)
      assert.ok(docs().some((d) => d.published === null))
    })
  })
})
