import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_ENGINE } from '../helpers/store.js'
import { revokeToken, listTokens } from '../../src/ledger/tokens.js'
import { apiFixture, ARTICLES, errorOf, type ApiFixture } from './fixture.js'

describe(`API auth (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  before(async () => { f = await apiFixture() })
  after(async () => { await f.dispose() })
  const importAs = (role?: 'reader' | 'editor' | 'admin') =>
    f.call('/api/documents', { role, json: { text: ARTICLES.harbour, published: '2030-03-05', outlet: 'Lia Herald' } })

  test('a write without a token is 401 with a JSON error', async () => {
    assert.deepEqual(await errorOf(await importAs()), { status: 401, code: 'unauthorized', message: 'a bearer token is needed (create one with: claimtrail token create)' })
  })

  test('a reader token on a write is 403', async () => {
    const e = await errorOf(await importAs('reader'))
    assert.equal(e.status, 403)
    assert.equal(e.code, 'forbidden')
    assert.match(e.message, /needs the editor role/)
  })

  test('an editor token imports: 201', async () => {
    const res = await importAs('editor')
    assert.equal(res.status, 201)
    const body = await res.json() as { documents: { status: string }[] }
    assert.deepEqual(body.documents.map((d) => d.status), ['added'])
  })

  test('reads need a token unless anonymous reading is allowed', async () => {
    assert.equal((await f.call('/api/documents')).status, 401)
    assert.equal((await f.call('/api/documents', { role: 'reader' })).status, 200)
    const open = await apiFixture({ allowAnonymousRead: true })
    try {
      assert.equal((await open.call('/api/documents')).status, 200)
      assert.equal((await open.call('/api/documents', { json: { text: ARTICLES.harbour } })).status, 401)
    } finally { await open.dispose() }
  })

  test('a wrong or malformed token is 401 even on a read', async () => {
    const wrong = await f.app.request('/api/documents', { headers: { authorization: 'Bearer ct_nope_nope' } })
    assert.deepEqual(await errorOf(wrong), { status: 401, code: 'unauthorized', message: 'unknown or revoked token' })
    const basic = await f.app.request('/api/documents', { headers: { authorization: 'Basic dXNlcjpwYXNz' } })
    assert.equal(basic.status, 401)
  })

  test('merging actors needs the admin role', async () => {
    const body = { from: 'gov-a', into: 'gov-b' }
    assert.equal((await f.call('/api/actors/merge', { role: 'editor', json: body })).status, 403)
    // The role passes; actors nobody has are then refused (test/hostile-input.test.ts).
    assert.equal((await f.call('/api/actors/merge', { role: 'admin', json: body })).status, 404)
  })

  test('a revoked token stops working at once', async () => {
    const reader = (await listTokens(f.t.store)).find((t) => t.role === 'reader')!
    await revokeToken(f.t.store, reader.id)
    assert.equal((await f.call('/api/documents', { role: 'reader' })).status, 401)
    await assert.rejects(revokeToken(f.t.store, reader.id), /already revoked/)
  })

  test('only a hash of each secret is stored', async () => {
    const rows = await f.t.store.db.withTables<{ tokens: { hash: string } }>().selectFrom('tokens').select('hash').execute()
    for (const secret of Object.values(f.tokens)) assert.ok(rows.every((r) => r.hash !== secret && !r.hash.includes(secret)))
    assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash)))
  })
})
