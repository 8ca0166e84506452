import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_ENGINE } from '../helpers/store.js'
import { apiFixture, ARTICLES, errorOf, type ApiFixture } from './fixture.js'

type Page = { items: { id: string; published: string | null; outlet: string | null }[]; limit: number; offset: number; next: number | null }

describe(`API documents (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  before(async () => {
    f = await apiFixture()
    for (const [i, text] of [ARTICLES.denial, ARTICLES.admission, ARTICLES.harbour].entries()) {
      const res = await f.call('/api/documents', { role: 'editor', json: { text, published: `2030-03-0${i + 2}`, outlet: i === 2 ? 'Lia Herald' : 'Freedonia Post', title: `Story ${i + 1}` } })
      assert.equal(res.status, 201)
    }
  })
  after(async () => { await f.dispose() })
  const page = async (q: string) => (await (await f.call(`/api/documents${q}`, { role: 'reader' })).json()) as Page

  test('pages through documents, newest first, saying where the next page starts', async () => {
    const first = await page('?limit=2')
    assert.deepEqual(first.items.map((d) => d.published), ['2030-03-04', '2030-03-03'])
    assert.equal(first.next, 2)
    const last = await page('?limit=2&offset=2')
    assert.deepEqual(last.items.map((d) => d.published), ['2030-03-02'])
    assert.equal(last.next, null)
  })

  test('filters by outlet and publication dates', async () => {
    assert.deepEqual((await page('?outlet=Lia%20Herald')).items.map((d) => d.outlet), ['Lia Herald'])
    assert.deepEqual((await page('?from=2030-03-03&to=2030-03-03')).items.map((d) => d.published), ['2030-03-03'])
  })

  test('one document comes with its text and extraction, spans pointing into the text', async () => {
    const [doc] = (await page('?outlet=Freedonia%20Post&limit=1')).items
    const full = await (await f.call(`/api/documents/${doc!.id}`, { role: 'reader' })).json() as { text: string; extraction: { statements: { content: { start: number; end: number; text: string } }[] } }
    assert.ok(full.extraction.statements.length > 0)
    for (const s of full.extraction.statements) assert.equal(full.text.slice(s.content.start, s.content.end), s.content.text)
  })

  test('an unknown document is 404', async () => {
    assert.deepEqual(await errorOf(await f.call('/api/documents/dnothere', { role: 'reader' })), { status: 404, code: 'not_found', message: 'no document "dnothere" in the store (see: claimtrail docs)' })
  })

  test('the same text again is unchanged, not a second document', async () => {
    const res = await f.call('/api/documents', { role: 'editor', json: { text: ARTICLES.harbour, outlet: 'Elsewhere' } })
    assert.deepEqual(((await res.json()) as { documents: { status: string }[] }).documents.map((d) => d.status), ['unchanged'])
    assert.equal((await page('')).items.length, 3)
  })

  test('imports raw Markdown, HTML and feed bodies through the ingest readers', async () => {
    const md = await f.call('/api/documents?published=2030-04-01&outlet=Wire', { role: 'editor', type: 'text/markdown', body: '# Dam holds\n\nThe Sylvanian water board said on Monday that the dam held.' })
    assert.equal(md.status, 201)
    const html = await f.call('/api/documents', { role: 'editor', type: 'text/html', body: '<html><head><title>Bridge</title><meta property="article:published_time" content="2030-04-02"></head><body><article><p>The Freedonian rail office said the northern bridge would reopen next week after repairs to its supports were finished.</p></article></body></html>' })
    assert.equal(html.status, 201, await html.clone().text())
    const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Lia Herald</title><item><title>Ferry</title><pubDate>Mon, 07 Apr 2030 10:00:00 GMT</pubDate><description>The ferry to Port Lia resumed service, the port authority said.</description></item></channel></rss>'
    const rss = await f.call('/api/documents', { role: 'editor', type: 'application/rss+xml', body: feed })
    const body = (await rss.json()) as { documents: { status: string; published: string }[] }
    assert.deepEqual(body.documents.map((d) => [d.status, d.published]), [['added', '2030-04-07']])
  })

  test('validation errors name the field and come back as 400', async () => {
    const cases: [unknown, RegExp][] = [
      [{ text: '' }, /^text: the article text is empty$/],
      [{ text: 'x', published: '08/01/2030' }, /^published: expected a real date YYYY-MM-DD between 1800 and 2199, got "08\/01\/2030"$/],
      [{ text: 'x', url: 'not a url' }, /^url: /],
      [{ text: 'x', url: 'javascript:alert(1)' }, /^url: expected an http\(s\) address, got "javascript:alert\(1\)"$/],
      [{ published: '2030-01-01' }, /^text: /],
    ]
    for (const [json, message] of cases) {
      const e = await errorOf(await f.call('/api/documents', { role: 'editor', json }))
      assert.equal(e.status, 400)
      assert.equal(e.code, 'bad_input')
      assert.match(e.message, message)
    }
    for (const q of ['?limit=0', '?limit=abc', '?offset=-1', '?from=yesterday']) {
      assert.equal((await errorOf(await f.call(`/api/documents${q}`, { role: 'reader' }))).status, 400, q)
    }
  })

  test('bodies that are not JSON, or of a type we do not read, are refused clearly', async () => {
    const bad = await errorOf(await f.call('/api/documents', { role: 'editor', type: 'application/json', body: '{"text": ' }))
    assert.equal(bad.status, 400)
    const pdf = await errorOf(await f.call('/api/documents', { role: 'editor', type: 'application/pdf', body: '%PDF-1.4' }))
    assert.equal(pdf.status, 415)
    assert.match(pdf.message, /"application\/pdf" is not accepted/)
    const feed = await errorOf(await f.call('/api/documents', { role: 'editor', type: 'application/rss+xml', body: 'this is not xml' }))
    assert.ok(feed.status >= 400 && feed.status < 500)
  })

  test('search finds documents by their words and treats the query as data', async () => {
    const hits = await (await f.call('/api/search?q=harbour%20reopened', { role: 'reader' })).json() as { documents: { title: string }[] }
    assert.deepEqual(hits.documents.map((d) => d.title), ['Story 3'])
    const odd = await f.call(`/api/search?q=${encodeURIComponent('"; DROP TABLE documents; --')}`, { role: 'reader' })
    assert.equal(odd.status, 200)
    assert.equal((await errorOf(await f.call('/api/search?q=', { role: 'reader' }))).status, 400)
  })
})
