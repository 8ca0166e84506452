import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
})
