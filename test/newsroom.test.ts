import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createHash } from 'node:crypto'
import { listFetches } from '../src/ledger/fetch-log.js'
import { addSource, listSources } from '../src/ledger/sources.js'
import { listSnapshots, snapshotBytes } from '../src/ledger/snapshots.js'
import { updateLedger } from '../src/ledger/analyses.js'
import { fetchAndIngest } from '../src/sources/fetch-and-ingest.js'
import { fetchSettingsOf } from '../src/sources/settings.js'
import { pollSources } from '../src/sources/watch.js'
import { DENIAL, SHELLING, startNewsServer, summaryFeed, type NewsServer } from './helpers/news-server.js'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'


const allowed = fetchSettingsOf({ allowPrivateFetch: true })

describe(`newsroom: fetch and watch (${TEST_ENGINE})`, () => {
  let t: TestStore
  let site: NewsServer
  before(async () => {
    t = await freshStore()
    site = await startNewsServer({ '/shelling.html': { type: 'text/html; charset=utf-8', body: SHELLING(12) }, '/denial.html': { type: 'text/html', body: DENIAL } })
    site.pages.set('/feed.xml', { type: 'application/rss+xml', body: summaryFeed(site.url, [
      { path: '/shelling.html', title: 'Shelling hits Port Lia', date: 'Tue, 03 Mar 2026 08:00:00 GMT' },
      { path: '/denial.html', title: 'Sylvania denies shelling', date: 'Wed, 04 Mar 2026 08:00:00 GMT' },
    ]) })
  })
  after(async () => { await site.close(); await t.dispose() })

  it('refuses loopback addresses unless the operator allows them', async () => {
    const refused = fetchSettingsOf({ allowPrivateFetch: false })
    await assert.rejects(fetchAndIngest(t.store, `${site.url}/shelling.html`, refused), /private or loopback/)
    await assert.rejects(fetchAndIngest(t.store, 'file:///etc/passwd', allowed), /only http\(s\)/)
    const log = await listFetches(t.store)
    assert.equal(log[0]!.outcome, 'failed')
  })

  it('refuses a page of the wrong type, a redirect loop and a page over the size limit', async () => {
    site.pages.set('/data.json', { type: 'application/json', body: '{}' })
    site.pages.set('/loop', { type: 'text/html', body: '', status: 302, headers: { location: '/loop' } })
    await assert.rejects(fetchAndIngest(t.store, `${site.url}/data.json`, allowed), /application\/json, not one of/)
    await assert.rejects(fetchAndIngest(t.store, `${site.url}/loop`, allowed), /more than 5 redirects/)
    await assert.rejects(fetchAndIngest(t.store, `${site.url}/shelling.html`, { ...allowed, maxBytes: 100 }), /larger than 100 bytes/)
  })

  it('polls a feed of summaries, fetches each page with its User-Agent, and keeps snapshots with hashes', async () => {
    await addSource(t.store, `${site.url}/feed.xml`, 900)
    const [report] = await pollSources(t.store, allowed, { all: true })
    assert.deepEqual(report!.pages.map((p) => p.status), ['added', 'added'])
    assert.match(site.requests.find((r) => r.path === '/shelling.html')!.headers['user-agent']!, /^claimtrail\//)
    const snaps = (await listSnapshots(t.store)).filter((s) => s.docId)
    assert.equal(snaps.length, 2)
    assert.equal((await listSnapshots(t.store, { url: `${site.url}/feed.xml` })).length, 1, 'the feed is kept too')
    const shelling = snaps.find((s) => s.url.endsWith('/shelling.html'))!
    assert.equal(shelling.sha256, createHash('sha256').update(SHELLING(12)).digest('hex'))
    assert.equal(shelling.contentType, 'text/html')
    assert.match(shelling.textHash!, /^[0-9a-f]{64}$/)
    assert.equal((await snapshotBytes(t.store, shelling.seq))!.bytes.toString('utf8'), SHELLING(12))
    const [source] = await listSources(t.store)
    assert.ok(source!.etag && source!.failures === 0)
  })

  it('asks again conditionally: an unchanged feed is a 304, its pages are asked again as 304s, nothing is stored twice', async () => {
    const [report] = await pollSources(t.store, allowed, { all: true })
    assert.equal(report!.status, 'not modified')
    assert.deepEqual(report!.pages.map((p) => p.status), ['unchanged', 'unchanged'])
    const last = site.requests.filter((r) => r.path === '/feed.xml').pop()!
    assert.ok(last.headers['if-none-match'] && last.headers['if-modified-since'])
    assert.ok(site.requests.filter((r) => r.path === '/denial.html').pop()!.headers['if-none-match'])
    assert.equal((await listSnapshots(t.store)).length, 3)
  })

  it('stores an edited page as a new snapshot linked to the old one, with the changed figure flagged', async () => {
    site.pages.get('/shelling.html')!.body = SHELLING(15)
    site.pages.get('/feed.xml')!.body += '\n'
    const [report] = await pollSources(t.store, allowed, { all: true })
    const edited = report!.pages.find((p) => p.url.endsWith('/shelling.html'))!
    assert.equal(edited.status, 'added')
    const [latest, ...older] = await listSnapshots(t.store, { url: `${site.url}/shelling.html` })
    assert.equal(latest!.previous, older[0]!.seq)
    assert.deepEqual(latest!.changes.filter((c) => c.kind === 'figure'), [{ kind: 'figure', before: '12 civilians were killed', after: '15 civilians were killed' }])
    assert.equal((await listSnapshots(t.store, { url: `${site.url}/denial.html` })).length, 1, 'an unchanged page is not stored again')
    await updateLedger(t.store)
  })

  it('backs off a feed that fails', async () => {
    site.pages.delete('/feed.xml')
    const [before] = await listSources(t.store)
    await pollSources(t.store, allowed, { all: true })
    const [after] = await listSources(t.store)
    assert.equal(after!.failures, 1)
    assert.ok(Date.parse(after!.nextAt) - Date.parse(after!.lastPolledAt!) >= 2 * before!.everySeconds * 1000)
  })
})
