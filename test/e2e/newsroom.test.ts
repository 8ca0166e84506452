import assert from 'node:assert/strict'
import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { openDb, type Db } from '../../src/ledger/db.js'
import { listSnapshots } from '../../src/ledger/snapshots.js'
import { runCliAsync } from '../helpers/cli.js'
import { DENIAL, SHELLING, startNewsServer, summaryFeed, type NewsServer } from '../helpers/news-server.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'


interface Received { headers: IncomingHttpHeaders; body: string }

/** A webhook receiver on loopback that keeps every POST as it came. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', (d: string) => { body += d }).on('end', () => { received.push({ headers: req.headers, body }); res.writeHead(204).end() })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => new Promise((r) => server.close(() => r())) }
}

describe(`newsroom end to end through the CLI (${TEST_ENGINE})`, () => {
  let t: TestStore
  let site: NewsServer
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let store: Db
  const cli = async (...args: string[]) => {
    const r = await runCliAsync(['--allow-private', ...args], t)
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`)
    return r.stdout
  }
  before(async () => {
    t = await freshStore()
    site = await startNewsServer({ '/shelling.html': { type: 'text/html', body: SHELLING(12) }, '/denial.html': { type: 'text/html', body: DENIAL } })
    site.pages.set('/feed.xml', { type: 'application/rss+xml', body: summaryFeed(site.url, [
      { path: '/shelling.html', title: 'Shelling hits Port Lia', date: 'Tue, 03 Mar 2026 08:00:00 GMT' },
      { path: '/denial.html', title: 'Sylvania denies shelling', date: 'Wed, 04 Mar 2026 08:00:00 GMT' },
    ]) })
    receiver = await startReceiver()
  })
  after(async () => { await store?.close(); await site.close(); await receiver.close(); await t.dispose() })

  test('watches a feed, keeps snapshots, flags a stealth edit, alerts and delivers a signed webhook', async () => {
    const hook = JSON.parse(await cli('alerts', 'webhook', 'add', receiver.url, '--on', 'reversal,disagreement,figure,edit', '--json')) as { id: string; secret: string }
    await cli('watch', 'add', `${site.url}/feed.xml`, '--every', '15m')
    assert.match(await cli('watch', 'list'), /feed\.xml/)

    const first = JSON.parse(await cli('watch', 'run', '--once', '--json')) as { pages: { status: string }[] }[]
    assert.deepEqual(first[0]!.pages.map((p) => p.status), ['added', 'added'])
    const docs = JSON.parse(await cli('docs', '--json')) as { url: string }[]
    assert.equal(docs.length, 2)

    site.pages.get('/shelling.html')!.body = SHELLING(15)
    site.pages.get('/feed.xml')!.body += '\n'
    const second = JSON.parse(await cli('watch', 'run', '--once', '--json')) as { pages: { url: string; status: string; changes: number }[] }[]
    assert.deepEqual(second[0]!.pages.map((p) => [p.status, p.changes]), [['added', 2], ['unchanged', 0]])

    store = await openDb({ dataDir: t.dataDir, ...(t.databaseUrl ? { databaseUrl: t.databaseUrl } : {}) })
    const versions = await listSnapshots(store, { url: `${site.url}/shelling.html` })
    assert.equal(versions.length, 2)
    assert.equal(versions[0]!.sha256, createHash('sha256').update(SHELLING(15)).digest('hex'))
    assert.equal(versions[1]!.sha256, createHash('sha256').update(SHELLING(12)).digest('hex'))
    assert.notEqual(versions[0]!.textHash, versions[1]!.textHash)
    assert.equal(versions[0]!.previous, versions[1]!.seq)
    assert.deepEqual(versions[0]!.changes.map((c) => [c.kind, c.before?.includes('12'), c.after?.includes('15')]), [['figure', true, true], ['statement', true, true]])
    assert.deepEqual(versions[0]!.changes[0], { kind: 'figure', before: '12 civilians were killed', after: '15 civilians were killed' })

    const alerts = JSON.parse(await cli('alerts', '--json')) as { kind: string; summary: string }[]
    assert.ok(alerts.some((a) => a.kind === 'edit' && /changed 1 figure and 1 statement/.test(a.summary)), JSON.stringify(alerts))

    const edit = receiver.received.map((r) => ({ ...r, json: JSON.parse(r.body) as { alert: { kind: string } } })).find((r) => r.json.alert.kind === 'edit')
    assert.ok(edit, 'the edit alert reached the receiver')
    assert.equal(edit.headers['x-claimtrail-signature'], `sha256=${createHmac('sha256', hook.secret).update(edit.body).digest('hex')}`)
    assert.equal(edit.headers['x-claimtrail-event'], 'edit')
    const log = JSON.parse(await cli('alerts', 'deliveries', '--json')) as { state: string; lastStatus: number }[]
    assert.ok(log.length >= 1 && log.every((d) => d.state === 'delivered' && d.lastStatus === 204))
    const fetches = await store.db.selectFrom('fetch_log').select(['url', 'status', 'outcome']).execute()
    assert.ok(fetches.some((f) => f.url.endsWith('/feed.xml') && Number(f.status) === 200))
  })
})
