import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { XMLValidator } from 'fast-xml-parser'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { isOneLineError, runCli } from '../helpers/cli.js'
import { verifyToken } from '../../src/ledger/tokens.js'
import { ARTICLES } from './fixture.js'

describe(`token and export commands (${TEST_ENGINE})`, () => {
  let t: TestStore
  const cli = (...args: string[]) => runCli(args, t)
  before(async () => { t = await freshStore() })
  after(async () => { await t.dispose() })

  test('token create prints the secret once; list shows the token without it; revoke ends it', async () => {
    const made = cli('token', 'create', '--role', 'editor', '--name', 'Night desk')
    assert.equal(made.code, 0, made.stderr)
    const secret = made.stdout.trim()
    assert.match(secret, /^ct_t[0-9a-f]{8}_[\w-]{43}$/)
    assert.equal((await verifyToken(t.store, secret))?.name, 'Night desk')
    const listed = JSON.parse(cli('token', 'list', '--json').stdout) as { id: string; role: string; name: string }[]
    assert.deepEqual(listed.map((x) => [x.role, x.name]), [['editor', 'Night desk']])
    assert.ok(!JSON.stringify(listed).includes(secret.slice(14)))
    assert.equal(cli('token', 'revoke', listed[0]!.id).code, 0)
    assert.equal(await verifyToken(t.store, secret), undefined)
  })

  test('a wrong role or unknown token is one clear line', () => {
    const role = cli('token', 'create', '--role', 'owner')
    assert.notEqual(role.code, 0)
    assert.ok(isOneLineError(role.stderr), role.stderr)
    const revoke = cli('token', 'revoke', 'tnothere')
    assert.equal(revoke.code, 1)
    assert.match(revoke.stderr, /no token "tnothere"/)
  })

  test('export writes CSV, JSON and ClaimReview to a file or standard output', () => {
    const text = join(t.dataDir, 'story.txt')
    writeFileSync(text, ARTICLES.denial)
    assert.equal(cli('ingest', text, '--published', '2030-03-02', '--outlet', 'Freedonia Post').code, 0)
    const csv = cli('export', '--format', 'csv', '--table', 'statements')
    assert.equal(csv.code, 0, csv.stderr)
    assert.match(csv.stdout, /^doc_id,published,outlet,url,id,speakers,/)
    const out = join(t.dataDir, 'ledger.json')
    assert.equal(cli('export', '--format', 'json', '--out', out).code, 0)
    const docs = JSON.parse(readFileSync(out, 'utf8')) as { document: { outlet: string } }[]
    assert.deepEqual(docs.map((d) => d.document.outlet), ['Freedonia Post'])
    assert.deepEqual(JSON.parse(cli('export', '--format', 'claimreview').stdout), [])
    const bad = cli('export', '--format', 'csv', '--table', 'passwords')
    assert.notEqual(bad.code, 0)
    assert.ok(isOneLineError(bad.stderr), bad.stderr)
  })

  test('export writes casualty tallies, the UCDP GED-style CSV and one document as TimeML', () => {
    const text = join(t.dataDir, 'losses.txt')
    writeFileSync(text, ARTICLES.admission)
    const ingested = cli('ingest', text, '--published', '2030-03-08', '--outlet', 'Freedonia Post', '--title', 'Losses', '--json')
    const [doc] = (JSON.parse(ingested.stdout) as { documents: { id: string }[] }).documents
    const rows = (args: string[]) => {
      const out = cli('export', ...args)
      assert.equal(out.code, 0, out.stderr)
      return parse(out.stdout, { columns: true }) as Record<string, string>[]
    }
    const [tally] = rows(['--format', 'csv', '--table', 'tallies'])
    assert.deepEqual([tally?.['group'], tally?.['status'], tally?.['best'], tally?.['outlets']], ['Freedonian soldiers', 'killed', '12', 'Freedonia Post'])
    const [event] = rows(['--format', 'ucdp-csv'])
    assert.deepEqual([event?.['best'], event?.['date_start'], event?.['source_office']], ['12', '2030-03-03', 'Freedonia Post'])
    const xml = cli('export', '--format', 'timeml', '--doc', doc!.id)
    assert.equal(xml.code, 0, xml.stderr)
    assert.equal(XMLValidator.validate(xml.stdout), true)
    assert.match(xml.stdout, /<TIMEX3 [^>]*value="2030-03-03"[^>]*>3 March<\/TIMEX3>/)
    const missing = cli('export', '--format', 'timeml')
    assert.notEqual(missing.code, 0)
    assert.ok(isOneLineError(missing.stderr), missing.stderr)
    assert.match(missing.stderr, /--doc/)
    const report = cli('export', '--format', 'report', '--event', event!['id']!)
    assert.equal(report.code, 0, report.stderr)
    assert.match(report.stdout, /^<!doctype html>/)
    assert.match(report.stdout, /<blockquote>[^<]*12 Freedonian soldiers[^<]*<\/blockquote>/)
    const noEvent = cli('export', '--format', 'report')
    assert.ok(noEvent.code !== 0 && isOneLineError(noEvent.stderr), noEvent.stderr)
  })
})
