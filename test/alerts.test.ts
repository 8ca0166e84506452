import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { deliverDue } from '../src/alerts/deliver.js'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/ingest/read.js'
import { refreshLedger, updateLedger } from '../src/ledger/analyses.js'
import { importDocument } from '../src/ledger/import.js'
import { apiFixture, type ApiFixture } from './api/fixture.js'
import { TEST_ENGINE } from './helpers/store.js'

const STORY = [
  ['In March 2029 the Chilean government denied that its soldiers were in Bolivia.', '2030-02-10'],
  ['The Chilean government announced on Monday that 14 Chilean soldiers were killed in Bolivia during the attack of 9 February.', '2030-02-12'],
  ['The Chilean government said on Thursday that 17 Chilean soldiers were killed in Bolivia during the attack of 9 February.', '2030-02-15'],
] as const

type Alerts = { unread: number; items: { seq: number; kind: string; action: string; summary: string }[] }

describe(`alerts and webhooks (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  const answers: number[] = []
  const received: { signature: string; body: string }[] = []
  const receiver = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', (d: string) => { body += d }).on('end', () => {
      received.push({ signature: String(req.headers['x-claimtrail-signature']), body })
      res.writeHead(answers.shift() ?? 204).end()
    })
  })
  const hookUrl = () => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/in`
  const alerts = async (query = '') => (await (await f.call(`/api/alerts${query}`, { role: 'reader' })).json()) as Alerts
  before(async () => {
    f = await apiFixture()
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  })
  after(async () => { await f.dispose(); await new Promise((r) => receiver.close(r)) })

  it('records a disagreement, then a reversal, as the ingests that create them land', async () => {
    const { documents } = await readInputs([fileURLToPath(new URL('./fixtures/stories/downing/', import.meta.url))])
    const byName = (part: string) => documents.find((d) => d.document.origin?.includes(part))!
    for (const part of ['bolivia-denies', 'paraguay-acusa']) await importDocument(f.t.store, byName(part).document, byName(part).warnings)
    await updateLedger(f.t.store)
    assert.deepEqual((await alerts()).items.map((a) => `${a.kind} ${a.action}`), ['disagreement created'])
    await importDocument(f.t.store, byName('bolivia-admits').document, byName('bolivia-admits').warnings)
    await updateLedger(f.t.store)
    const kinds = (await alerts()).items.map((a) => `${a.kind} ${a.action}`)
    assert.ok(kinds.includes('reversal created'), kinds.join(', '))
  })

  it('records a figure that supersedes another, and sends it to the webhooks that asked, signed, retrying a failure', async () => {
    const hook = await f.call('/api/webhooks', { role: 'admin', json: { url: hookUrl(), on: 'figure' } })
    assert.equal(hook.status, 201)
    const { secret } = (await hook.json()) as { secret: string }
    for (const [text, published] of STORY) {
      assert.equal((await f.call('/api/documents', { role: 'editor', json: { text, published, outlet: 'Lia Herald' } })).status, 201)
    }
    const { items, unread } = await alerts()
    const figure = items.find((a) => a.kind === 'figure')
    assert.ok(figure, JSON.stringify(items))
    assert.match(figure.summary, /now gives 17 .* where it gave 14/)
    assert.equal(unread, items.length)

    answers.push(500)
    const first = await deliverDue(f.t.store, { allowPrivate: true, userAgent: 'test' })
    assert.ok(first.retrying >= 1, 'a 500 is tried again later')
    const later = await deliverDue(f.t.store, { allowPrivate: true, userAgent: 'test', now: new Date(Date.now() + 3600_000) })
    assert.equal(later.retrying + later.failed, 0)
    const log = (await (await f.call('/api/webhooks/deliveries', { role: 'admin' })).json()) as { items: { state: string; attempts: number; lastStatus: number }[] }
    assert.ok(log.items.every((d) => d.state === 'delivered'))
    assert.ok(log.items.some((d) => d.attempts === 2))
    for (const r of received) assert.equal(r.signature, `sha256=${createHmac('sha256', secret).update(r.body).digest('hex')}`)
    assert.deepEqual(new Set(received.map((r) => (JSON.parse(r.body) as { alert: { kind: string } }).alert.kind)), new Set(['figure']))
  })

  it('marks alerts read, and a rebuild of the ledger raises none', async () => {
    const before = (await alerts()).items.length
    assert.equal((await f.call('/api/alerts/read', { role: 'reader', json: {} })).status, 200)
    assert.equal((await alerts()).unread, 0)
    await refreshLedger(f.t.store)
    assert.equal((await alerts()).items.length, before)
  })

  it('refuses a webhook to a private address unless the operator allows it', async () => {
    await f.call('/api/webhooks', { role: 'admin', json: { url: 'http://10.0.0.1/in', on: 'edit' } })
    await f.t.store.db.insertInto('alerts').values({ at: new Date().toISOString(), kind: 'edit', action: 'edited', item_id: 'd0', summary: 'test', data: '{}', read_at: null }).execute()
    const { recordAlerts } = await import('../src/ledger/alerts.js')
    await recordAlerts(f.t.store.db, [{ kind: 'edit', action: 'edited', itemId: 'd1', summary: 'a page changed', data: {} }])
    await deliverDue(f.t.store, { allowPrivate: false, userAgent: 'test' })
    const log = (await (await f.call('/api/webhooks/deliveries', { role: 'admin' })).json()) as { items: { state: string; lastError: string | null }[] }
    assert.match(log.items[0]!.lastError ?? '', /private or loopback/)
  })

  it('needs the admin role for webhooks', async () => {
    assert.equal((await f.call('/api/webhooks', { role: 'editor' })).status, 403)
  })
})
