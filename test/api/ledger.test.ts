import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { XMLValidator } from 'fast-xml-parser'
import { TEST_ENGINE } from '../helpers/store.js'
import { apiFixture, errorOf, type ApiFixture } from './fixture.js'

// Invented events about real countries, so the actors resolve through the country data.
const STORIES = [
  { text: 'In March 2029 the Chilean government denied that its soldiers were in Bolivia.', published: '2030-02-10', outlet: 'Andes Daily', title: 'Chile denied troops' },
  { text: 'The Chilean government announced on Monday that 14 Chilean soldiers were killed in Bolivia during the attack of 9 February. The Bolivian army said 20 Chilean soldiers died.', published: '2030-02-12', outlet: 'Lake Courier', title: 'Chile admits losses' },
]

describe(`API ledger, review and export (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  const read = async <T>(path: string) => {
    const res = await f.call(path, { role: 'reader' })
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`)
    return (await res.json()) as T
  }
  type Page<T> = { items: T[]; next: number | null }
  before(async () => {
    f = await apiFixture()
    for (const json of STORIES) assert.equal((await f.call('/api/documents', { role: 'editor', json })).status, 201)
  })
  after(async () => { await f.dispose() })

  test('statements filter by actor, polarity, outlet and the time they speak of', async () => {
    const denials = await read<Page<{ polarity: string; speakerNames: string[]; time: { value?: string } }>>('/api/statements?polarity=denies')
    assert.ok(denials.items.length > 0)
    assert.ok(denials.items.every((s) => s.polarity === 'denies'))
    const chile = await read<Page<{ speakers: string[] }>>('/api/statements?actor=gov-cl')
    assert.ok(chile.items.length > 0 && chile.items.every((s) => s.speakers.includes('gov-cl')))
    const in2029 = await read<Page<{ time: { value?: string } }>>('/api/statements?from=2029-01-01&to=2029-12-31')
    assert.deepEqual([...new Set(in2029.items.map((s) => s.time.value))], ['2029-03'])
    assert.equal((await read<Page<unknown>>('/api/statements?outlet=Nobody')).items.length, 0)
  })

  test('casualty tallies show each source side by side for an event', async () => {
    const tallies = await read<Page<{ event?: string; group: string; figures: { count: number | null }[] }>>('/api/casualties')
    const chilean = tallies.items.find((t) => t.group === 'Chilean soldiers')
    assert.ok(chilean, JSON.stringify(tallies.items.map((t) => t.group)))
    assert.deepEqual(chilean.figures.map((x) => x.count).sort(), [14, 20])
    const byEvent = await read<Page<{ event?: string }>>(`/api/casualties?event=${chilean.event}`)
    assert.ok(byEvent.items.every((t) => t.event === chilean.event))
  })

  test('events, actors and the timeline list and page', async () => {
    const events = await read<Page<{ id: string; date?: string }>>('/api/events')
    assert.ok(events.items.some((e) => e.date === '2030-02-09'))
    const one = await read<{ id: string; mentions: unknown[] }>(`/api/events/${events.items[0]!.id}`)
    assert.ok(one.mentions.length > 0)
    // A listing counts an event's mentions; the event's own page lists them.
    const summary = (events.items[0] as Record<string, unknown>)
    assert.equal(summary['mentionCount'], one.mentions.length)
    assert.equal('mentions' in summary || 'members' in summary, false)
    const actors = await read<Page<{ id: string }>>('/api/actors?limit=1')
    assert.equal(actors.items.length, 1)
    assert.equal(actors.next, 1)
    const chile = await read<{ id: string; documents: string[] }>('/api/actors/gov-cl')
    assert.equal(chile.documents.length, 2)
    // A listing counts an actor's documents; the actor's own page lists them.
    const listed = (await read<Page<Record<string, unknown>>>('/api/actors?ids=gov-cl')).items[0]!
    assert.equal(listed['documentCount'], 2)
    assert.equal('documents' in listed, false)
    const two = (await read<Page<{ id: string }>>('/api/actors?limit=2')).items.map((a) => a.id).sort()
    const named = await read<Page<{ id: string }>>(`/api/actors?ids=${two.join(',')},gov-nowhere`)
    assert.deepEqual(named.items.map((a) => a.id).sort(), two, 'only the actors named, the unknown one left out')
    const tooMany = Array.from({ length: 201 }, (_, i) => `p-${i}`).join(',')
    assert.match((await errorOf(await f.call(`/api/actors?ids=${tooMany}`, { role: 'reader' }))).message, /ids: at most 200/)
    const timeline = await read<Page<{ time: { value?: string } }>>('/api/timeline?actor=gov-cl')
    assert.ok(timeline.items.length > 0)
    assert.equal((await errorOf(await f.call('/api/actors/gov-nowhere', { role: 'reader' }))).status, 404)
    assert.equal((await errorOf(await f.call('/api/events/ev-none', { role: 'reader' }))).status, 404)
  })

  test('search finds events by their summary and kind, actors by name, in the database', async () => {
    const found = await read<{ events: { summary: string; kind: string }[]; actors: { id: string }[] }>('/api/search?q=military%20operation')
    assert.ok(found.events.length > 0 && found.events.every((e) => `${e.summary} ${e.kind}`.includes('military operation')))
    assert.deepEqual((await read<{ events: unknown[] }>('/api/search?q=harvest%20festival')).events, [])
    assert.ok((await read<{ actors: { id: string }[] }>('/api/search?q=chile')).actors.some((a) => a.id === 'gov-cl'))
  })

  test('a correction is recorded under the token holder and shows in the audit log and the document', async () => {
    const [doc] = (await read<Page<{ id: string }>>('/api/documents?outlet=Andes%20Daily')).items
    const full = await read<{ extraction: { statements: { id: string; polarity: string }[] } }>(`/api/documents/${doc!.id}`)
    const s = full.extraction.statements[0]!
    const res = await f.call('/api/reviews', { role: 'editor', json: { docId: doc!.id, kind: 'statement', itemId: s.id, action: 'correct', patch: { polarity: 'asserts' }, note: 'checked' } })
    assert.equal(res.status, 201)
    const entry = (await res.json()) as { reviewer: string; action: string }
    assert.deepEqual([entry.reviewer, entry.action], ['Ed Editor', 'correct'])
    const audit = await read<Page<{ itemId: string; reviewer: string; note: string }>>(`/api/audit?doc=${doc!.id}`)
    assert.deepEqual(audit.items.map((a) => [a.itemId, a.reviewer, a.note]), [[s.id, 'Ed Editor', 'checked']])
    const after = await read<{ extraction: { statements: { id: string; polarity: string; review?: { status: string } }[] } }>(`/api/documents/${doc!.id}`)
    const fixed = after.extraction.statements.find((x) => x.id === s.id)!
    assert.deepEqual([fixed.polarity, fixed.review?.status], ['asserts', 'corrected'])
    const listed = await read<Page<{ id: string; docId: string; polarity: string; outlet: string; published: string }>>('/api/statements?outlet=Andes%20Daily')
    assert.equal(listed.items.find((x) => x.docId === doc!.id && x.id === s.id)?.polarity, 'asserts')
    // Each statement carries its own document's outlet and date, read for the page's documents only.
    assert.ok(listed.items.length > 0 && listed.items.every((x) => x.outlet === 'Andes Daily' && /^\d{4}-\d{2}-\d{2}/.test(x.published)))
  })

  test('review input is checked: unknown item 404, uncorrectable field 400, reader 403', async () => {
    const [doc] = (await read<Page<{ id: string }>>('/api/documents')).items
    const base = { docId: doc!.id, kind: 'statement', itemId: 's999', action: 'confirm' }
    assert.equal((await errorOf(await f.call('/api/reviews', { role: 'editor', json: base }))).status, 404)
    const bad = await errorOf(await f.call('/api/reviews', { role: 'editor', json: { ...base, itemId: 's1', action: 'correct', patch: { cue: 'x' } } }))
    assert.equal(bad.status, 400)
    assert.match(bad.message, /cannot correct cue/)
    assert.equal((await errorOf(await f.call('/api/reviews', { role: 'editor', json: { ...base, action: 'approve' } }))).status, 400)
    assert.equal((await errorOf(await f.call('/api/reviews', { role: 'reader', json: base }))).status, 403)
  })

  test('exports: CSV per table, JSON contract per document, ClaimReview for reviewed claims', async () => {
    const csv = await f.call('/api/export/csv/statements', { role: 'reader' })
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8')
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="claimtrail-statements.csv"/)
    const rows = (await csv.text()).trim().split('\r\n')
    assert.match(rows[0]!, /^doc_id,published,outlet,url,id,speakers,/)
    assert.ok(rows.length > 2)
    for (const table of ['casualties', 'events', 'actors', 'reversals', 'disagreements', 'timeline']) {
      assert.equal((await f.call(`/api/export/csv/${table}`, { role: 'reader' })).status, 200, table)
    }
    assert.equal((await errorOf(await f.call('/api/export/csv/secrets', { role: 'reader' }))).status, 400)
    const json = (await (await f.call('/api/export/json', { role: 'reader' })).json()) as { id: string; document: { text: string } }[]
    assert.equal(json.length, 2)
    const lines = (await (await f.call('/api/export/jsonl', { role: 'reader' })).text()).trim().split('\n').map((l) => JSON.parse(l) as { id: string })
    assert.deepEqual(lines.map((l) => l.id), json.map((d) => d.id))
    const reviews = (await (await f.call('/api/export/claimreview', { role: 'reader' })).json()) as Record<string, unknown>[]
    const corrected = reviews.find((r) => (r['reviewRating'] as { alternateName: string }).alternateName.includes('corrected'))
    assert.ok(corrected)
    assert.equal(corrected['@type'], 'ClaimReview')
    assert.equal((corrected['itemReviewed'] as { '@type': string })['@type'], 'Claim')
    assert.deepEqual(corrected['author'], { '@type': 'Person', name: 'Ed Editor' })
  })

  test('exports: casualty tallies and a UCDP GED-style CSV per event, TimeML per document', async () => {
    const csvOf = async (path: string) => {
      const res = await f.call(path, { role: 'reader' })
      assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8')
      return parse(await res.text(), { columns: true }) as Record<string, string>[]
    }
    const tallies = await csvOf('/api/export/csv/tallies')
    const chilean = tallies.find((t) => t['group'] === 'Chilean soldiers')
    assert.ok(chilean, JSON.stringify(tallies))
    assert.deepEqual([chilean['status'], chilean['low'], chilean['best'], chilean['high'], chilean['number_of_figures']], ['killed', '14', '14', '20', '2'])
    assert.deepEqual(chilean['figures']!.split('; ').sort(), ['Army of Bolivia: 20 (by 2030-02-12)', 'Government of Chile: 14 (2030-02-11)'])
    assert.equal(chilean['sources'], 'Army of Bolivia; Government of Chile')
    const [event] = await csvOf('/api/export/ucdp-csv')
    assert.ok(event)
    assert.deepEqual(Object.keys(event).slice(0, 6), ['id', 'year', 'side_a', 'side_b', 'number_of_sources', 'source_article'])
    assert.deepEqual([event['date_start'], event['date_end'], event['date_prec'], event['year']], ['2030-02-09', '2030-02-09', '1', '2030'])
    assert.deepEqual([event['low'], event['best'], event['high']], ['14', '14', '20'])
    assert.equal(event['number_of_sources'], '1')
    assert.match(event['source_article']!, /Lake Courier, 2030-02-12, "Chile admits losses"/)
    const [doc] = (await read<Page<{ id: string }>>('/api/documents?outlet=Andes%20Daily')).items
    const timeml = await f.call(`/api/export/timeml/${doc!.id}`, { role: 'reader' })
    assert.equal(timeml.headers.get('content-type'), 'application/xml; charset=utf-8')
    const xml = await timeml.text()
    assert.equal(XMLValidator.validate(xml), true)
    assert.match(xml, /<TIMEX3 tid="t1" type="DATE" value="2029-03"[^>]*>March 2029<\/TIMEX3>/)
    assert.match(xml, /<DCT><TIMEX3 tid="t0" type="DATE" value="2030-02-10"/)
    assert.equal((await errorOf(await f.call('/api/export/timeml/dffffffffffffffff', { role: 'reader' }))).status, 404)
    const report = await f.call(`/api/export/report/${event['id']}`, { role: 'reader' })
    assert.equal(report.headers.get('content-type'), 'text/html; charset=utf-8')
    const html = await report.text()
    assert.match(html, /<td>Chilean soldiers<\/td><td>killed<\/td><td>14<\/td><td>14<\/td><td>20<\/td>/)
    assert.match(html, /<blockquote>[^<]*14 Chilean soldiers[^<]*<\/blockquote><p class="source">Lake Courier, 2030-02-12, Chile admits losses<\/p>/)
    assert.equal([...html.matchAll(/<circle /g)].length, 2)
    assert.equal((await errorOf(await f.call('/api/export/report/ev-none', { role: 'reader' }))).status, 404)
    const actor = await (await f.call('/api/export/report/actor/gov-cl', { role: 'reader' })).text()
    assert.match(actor, /<h1>[^<]*Chile[^<]*<\/h1>/)
    assert.match(actor, /<blockquote>that its soldiers were in Bolivia<\/blockquote><p class="source">Andes Daily, 2030-02-10/)
    assert.ok(!actor.includes('<h2>Casualties</h2>'))
    assert.equal((await errorOf(await f.call('/api/export/report/actor/gov-nowhere', { role: 'reader' }))).status, 404)
  })
})
