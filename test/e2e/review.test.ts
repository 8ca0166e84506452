import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { isOneLineError, runCli } from '../helpers/cli.js'

const ARTICLE = 'The Chilean navy said on Monday that 12 Chilean sailors were killed in the explosion at the port.\n\nOfficials in Santiago denied that the blast was an attack.\n'

describe(`review survives re-ingest and re-extraction (${TEST_ENGINE})`, () => {
  let t: TestStore
  let file: string
  let docId: string
  const cli = (...args: string[]) => runCli(args, t)
  const shown = () => JSON.parse(cli('show', docId, '--json').stdout).extraction as {
    casualties: { id: string; count: number | null; review?: { status: string } }[]
    statements: { id: string; content: { text: string } }[]
  }
  before(async () => {
    t = await freshStore()
    file = join(t.dataDir, 'navy.txt')
    writeFileSync(file, ARTICLE)
    assert.equal(cli('ingest', file, '--published', '2030-06-04').code, 0)
    docId = JSON.parse(cli('docs', '--json').stdout)[0].id
  })
  after(async () => { await t.dispose() })

  test('a correction is applied, kept through re-ingest and re-extraction, and audited', () => {
    const figure = shown().casualties.find((c) => c.count === 12)
    assert.ok(figure, 'the pipeline finds the figure of 12')
    const r = cli('review', 'correct', docId, 'casualty', figure.id, '--set', 'count=14', '--reviewer', 'Test Editor', '--note', 'navy update', '--json')
    assert.equal(r.code, 0, r.stderr)
    const corrected = () => shown().casualties.find((c) => c.id === figure.id)
    assert.equal(corrected()?.count, 14)
    assert.equal(corrected()?.review?.status, 'corrected')

    assert.match(cli('ingest', file, '--published', '2030-06-04').stdout, /0 added, 1 already stored/)
    assert.equal(corrected()?.count, 14)
    assert.equal(cli('reextract').code, 0)
    assert.equal(corrected()?.count, 14)

    const audit = JSON.parse(cli('audit', '--json').stdout) as { reviewer: string; action: string; before: { count: number }; after: { count: number }; note: string }[]
    assert.equal(audit.length, 1)
    assert.deepEqual([audit[0]!.reviewer, audit[0]!.action, audit[0]!.before.count, audit[0]!.after.count, audit[0]!.note], ['Test Editor', 'correct', 12, 14, 'navy update'])
  })

  test('a rejected statement stays out after re-extraction', () => {
    const denial = shown().statements.find((s) => s.content.text.includes('blast'))
    assert.ok(denial)
    assert.equal(cli('review', 'reject', docId, 'statement', denial.id, '--reviewer', 'Test Editor').code, 0)
    assert.equal(cli('reextract', docId).code, 0)
    assert.ok(!shown().statements.some((s) => s.content.text.includes('blast')))
  })

  test('review queue lists entries with score and reason; --limit must be a positive number', () => {
    const r = cli('review', 'queue', '--json', '--limit', '5')
    assert.equal(r.code, 0, r.stderr)
    const items = JSON.parse(r.stdout) as { score: number; reason: string }[]
    assert.ok(Array.isArray(items) && items.length <= 5)
    assert.ok(items.every((x) => x.score >= 0 && x.score <= 1 && x.reason))
    const bad = cli('review', 'queue', '--limit', '0')
    assert.notEqual(bad.code, 0)
    assert.ok(isOneLineError(bad.stderr), bad.stderr)
  })

  test('a correction of a field that cannot be corrected is refused in one line', () => {
    const r = cli('review', 'correct', docId, 'casualty', 'k1', '--set', 'span=1', '--reviewer', 'x')
    assert.notEqual(r.code, 0)
    assert.ok(isOneLineError(r.stderr), r.stderr)
    assert.match(r.stderr, /cannot correct span/)
  })
})
