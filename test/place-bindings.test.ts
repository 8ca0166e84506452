import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_ENGINE } from './helpers/store.js'
import { isOneLineError, runCli } from './helpers/cli.js'
import { apiFixture, errorOf, type ApiFixture } from './api/fixture.js'

// Invented states the country data lacks: their codes are learned (X-…) until a person binds them.
const STORIES = [
  { text: 'The Republic of Valdoria said on Monday that 14 Valdorian soldiers were killed near the border. The Valdorian capital, Ostrel, was calm on Tuesday, the Valdorian defence ministry said.', published: '2030-03-02' },
  { text: 'The government in Ostrel said on Wednesday that the border was quiet again.', published: '2030-03-04' },
  { text: 'The Republic of Kasvia said on Friday that its army had left the valley. The Kasvian capital, Dorn, welcomed the news.', published: '2030-03-06' },
]

describe(`binding a learned country to a real code (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  const cli = (...args: string[]) => runCli(args, f.t)
  const get = async <T>(path: string) => (await (await f.call(path, { role: 'reader' })).json()) as T
  const actorIds = async () => (await get<{ items: { id: string }[] }>('/api/actors?limit=100')).items.map((a) => a.id)
  const bind = (json: unknown, role: 'reader' | 'editor' = 'editor') => f.call('/api/places/bind', { role, json })
  const refused = async (res: Response, status: number, message: RegExp) => {
    const e = await errorOf(res)
    assert.equal(e.status, status, e.message)
    assert.match(e.message, message)
  }
  before(async () => {
    f = await apiFixture()
    for (const json of STORIES) assert.equal((await f.call('/api/documents', { role: 'editor', json })).status, 201)
  })
  after(async () => { await f.dispose() })

  test('the learned countries are listed with no binding', async () => {
    const { items } = await get<{ items: { code: string; name: string; boundTo: string | null }[] }>('/api/places')
    assert.deepEqual(items.map((p) => `${p.code} ${p.name} ${p.boundTo}`), ['X-KASVIA Kasvia null', 'X-VALDORIA Valdoria null'])
  })

  test('the API refuses what cannot be bound, naming the field', async () => {
    await refused(await bind({ code: 'X-VALDORIA', to: 'XV' }, 'reader'), 403, /./)
    await refused(await bind({ code: 'FR', to: 'XV' }), 400, /^code: expected a learned country code such as X-VALDORIA, got "FR"$/)
    await refused(await bind({ code: 'X-VALDORIA', to: 'XVZ' }), 400, /^to: expected a two-letter code/)
    await refused(await bind({ code: 'X-VALDORIA', to: 'ZY' }), 400, /^to: expected a country code the data knows or a user-assigned one .*, got "ZY"$/)
    await refused(await bind({ code: 'X-NOWHERE', to: 'XV' }), 404, /^code: no learned country "X-NOWHERE"/)
    assert.ok((await actorIds()).includes('gov-x-valdoria'))
  })

  test('a binding renames the state, its bodies and its figures in the ledger, audited', async () => {
    const res = await bind({ code: 'x-valdoria', to: 'xv', note: 'our desk code' })
    assert.equal(res.status, 201)
    const entry = (await res.json()) as { action: string; kind: string; itemId: string; reviewer: string; after: unknown }
    assert.deepEqual([entry.action, entry.kind, entry.itemId, entry.reviewer, entry.after], ['bind', 'place', 'X-VALDORIA', 'Ed Editor', { code: 'X-VALDORIA', boundTo: 'XV' }])
    const ids = await actorIds()
    assert.ok(ids.includes('gov-xv') && ids.includes('org-xv-defence-ministry'), ids.join(' '))
    assert.ok(!ids.some((id) => id.includes('x-valdoria')), ids.join(' '))
    assert.ok(ids.includes('gov-x-kasvia'), 'an unbound learned country keeps its code')
    const tallies = await get<{ items: { country?: string; firstReportedBy?: string }[] }>('/api/casualties')
    assert.deepEqual(tallies.items.map((t) => `${t.country} ${t.firstReportedBy}`), ['XV gov-xv'])
    const statements = await get<{ items: { speakers: string[] }[] }>('/api/statements?actor=gov-xv')
    assert.equal(statements.items.length, 2)
    assert.ok(statements.items.every((s) => s.speakers.includes('gov-xv')))
  })

  test('a code is bound once, and two learned codes share one only when asked', async () => {
    await refused(await bind({ code: 'X-VALDORIA', to: 'XK' }), 409, /^code: X-VALDORIA is bound to XV already; unbind it first$/)
    await refused(await bind({ code: 'X-KASVIA', to: 'XV' }), 409, /^to: XV already stands for X-VALDORIA; pass share/)
    assert.equal((await bind({ code: 'X-KASVIA', to: 'XV', share: true })).status, 201)
    assert.ok(!(await actorIds()).includes('gov-x-kasvia'))
    assert.equal((await f.call('/api/places/unbind', { role: 'editor', json: { code: 'X-KASVIA' } })).status, 201)
    assert.ok((await actorIds()).includes('gov-x-kasvia'))
  })

  test('the CLI lists, refuses with one line, and unbinds; the ledger reads the learned code again', async () => {
    assert.match(cli('places').stdout, /X-VALDORIA\s+Valdoria\s+Valdorian\s+Ostrel\s+XV/)
    for (const args of [['places', 'bind', 'X-VALDORIA', 'XK'], ['places', 'bind', 'X-KASVIA', 'QQQ'], ['places', 'unbind', 'X-KASVIA']]) {
      const r = cli(...args)
      assert.equal(r.code, 1, args.join(' '))
      assert.ok(isOneLineError(r.stderr), r.stderr)
    }
    const r = cli('places', 'unbind', 'X-VALDORIA', '--reviewer', 'Cleo CLI', '--note', 'bound too early')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^#\d+ unbind X-VALDORIA by Cleo CLI\n$/)
    const ids = await actorIds()
    assert.ok(ids.includes('gov-x-valdoria') && !ids.includes('gov-xv'), ids.join(' '))
    const audit = await get<{ items: { action: string; itemId: string }[] }>('/api/audit')
    assert.deepEqual(audit.items.filter((e) => e.itemId.startsWith('X-')).map((e) => `${e.action} ${e.itemId}`),
      ['unbind X-VALDORIA', 'unbind X-KASVIA', 'bind X-KASVIA', 'bind X-VALDORIA'])
    const bound = cli('places', 'bind', 'X-VALDORIA', 'XK', '--json')
    assert.equal(bound.code, 0, bound.stderr)
    assert.ok((await actorIds()).includes('gov-xk'))
  })
})
