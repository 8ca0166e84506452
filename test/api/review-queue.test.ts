import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_ENGINE } from '../helpers/store.js'
import { QUEUE_STORIES } from '../helpers/queue-stories.js'
import { apiFixture, errorOf, type ApiFixture } from './fixture.js'

interface Entry { id: string; kind: string; score: number; reason: string; target?: { docId: string; kind: string; itemId: string }; merge?: { from: string; into: string } }

describe(`API review queue (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  const queue = async (limit = 50) => ((await (await f.call(`/api/review-queue?limit=${limit}`, { role: 'reader' })).json()) as { items: Entry[] }).items
  before(async () => {
    f = await apiFixture()
    for (const json of QUEUE_STORIES) assert.equal((await f.call('/api/documents', { role: 'editor', json })).status, 201)
  })
  after(async () => { await f.dispose() })

  test('lists disagreeing figures, a weak reversal and possible duplicates, highest priority first, each with reason and target', async () => {
    const items = await queue()
    assert.deepEqual(items.map((x) => `${x.kind} ${x.score}`), ['figures 0.55', 'duplicate-actor 0.3', 'duplicate-actor 0.3', 'reversal 0.3'])
    assert.match(items[0]!.reason, /^sources disagree: 14 \(Government of Denmark\) to 45 \(Red Cross\)/)
    assert.deepEqual(items[1]!.merge, { from: 'p-rojas', into: 'p-marta-rojas' })
    assert.match(items[3]!.reason, /^low-confidence reversal: link score 0\.70 .*hedged-side/)
    assert.ok(items.every((x) => x.target), 'every entry names the item a review acts on')
    assert.equal((await queue(2)).length, 2)
  })

  test('a confirmed target leaves the queue', async () => {
    const [figures] = await queue()
    const { docId, kind, itemId } = figures!.target!
    assert.equal((await f.call('/api/reviews', { role: 'editor', json: { docId, kind, itemId, action: 'confirm' } })).status, 201)
    assert.ok(!(await queue()).some((x) => x.id === figures!.id))
  })

  test('merging a duplicate takes both of its entries out; the merge and a split need the admin role', async () => {
    const body = { from: 'p-rojas', into: 'p-pedro-rojas' }
    assert.equal((await f.call('/api/actors/merge', { role: 'editor', json: body })).status, 403)
    assert.equal((await f.call('/api/actors/merge', { role: 'admin', json: body })).status, 201)
    assert.deepEqual((await queue()).map((x) => x.kind), ['reversal'])
    const docs = ((await (await f.call('/api/documents?outlet=Lake%20Courier', { role: 'reader' })).json()) as { items: { id: string }[] }).items
    const split = { docId: docs[0]!.id, actorId: 'p-rojas', newId: 'p-rojas-senior' }
    assert.equal((await f.call('/api/actors/split', { role: 'editor', json: split })).status, 403)
    assert.equal((await f.call('/api/actors/split', { role: 'admin', json: split })).status, 201)
    const actors = ((await (await f.call('/api/actors', { role: 'reader' })).json()) as { items: { id: string }[] }).items.map((a) => a.id)
    assert.ok(actors.includes('p-rojas-senior'), actors.join(' '))
  })

  test('a bad split is one clear error; the queue is in /openapi.json', async () => {
    const bad = await f.call('/api/actors/split', { role: 'admin', json: { docId: 'nope', actorId: 'p-rojas', newId: 'p-x' } })
    assert.equal((await errorOf(bad)).status, 404)
    const spec = (await (await f.call('/openapi.json')).json()) as { paths: Record<string, unknown> }
    assert.ok(spec.paths['/api/review-queue'] && spec.paths['/api/actors/split'])
  })
})
