import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Disagreement, Evidence } from '../model/ledger.js'
import { spanAt } from '../model/span.js'
import { eventReportHtml, type EventReport } from './report.js'
import { tallyChart } from './report-chart.js'

const TEXT = 'The Sylvanian army said <b>30</b> fighters died & "more" were missing.'
const evidence = (more: Partial<Evidence> = {}): Evidence => ({
  docId: 'd1', itemId: 's1', span: spanAt(TEXT, 0, TEXT.length), published: '2030-04-02', outlet: 'Harbour <Times>', title: 'Clash', ...more,
})
const REPORT: EventReport = {
  subject: { kind: 'event', id: 'ev-1', title: 'Attack on <Port Lia>', meta: 'attack · 2030-04-01 · X-SYLVANIA · Sylvanian army → —' },
  tallies: [{
    id: 'tally-1', event: 'ev-1', group: 'fighters', status: 'killed', low: 30, best: 30, high: 45,
    figures: [
      { key: 'd1/k1', source: 'gov-x-sylvania', count: 30, reportedOn: { value: '2030-04-02' }, evidence: evidence() },
      { key: 'd2/k1', count: 45, reportedOn: { before: '2030-04-03' }, evidence: evidence({ docId: 'd2', url: 'javascript:alert(1)' }) },
    ],
  }],
  reversals: [],
  disagreements: [],
  said: [{ key: 'd1/s1', kind: 'statement', time: { value: '2030-04-02' }, actors: ['gov-x-sylvania'], text: 'said: …', evidence: evidence({ url: 'https://news.example/clash' }) }],
  names: new Map([['gov-x-sylvania', 'Sylvanian army']]),
  generated: '2030-04-05',
}

test('escapes article text, names and headlines: the report holds no markup from its sources', () => {
  const html = eventReportHtml(REPORT)
  assert.ok(!html.includes('<b>') && !html.includes('<Port Lia>') && !html.includes('<Times>'))
  assert.ok(html.includes('<blockquote>The Sylvanian army said &lt;b&gt;30&lt;/b&gt; fighters died &amp; &quot;more&quot; were missing.</blockquote>'))
  assert.ok(!/<script|javascript:/i.test(html))
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/)
})

test('shows each tally with every source\'s figure, and every quote with its article', () => {
  const html = eventReportHtml(REPORT)
  assert.match(html, /<td>fighters<\/td><td>killed<\/td><td>30<\/td><td>30<\/td><td>45<\/td>/)
  assert.ok(html.includes('<li>Sylvanian army: 30 (2030-04-02)</li><li>unattributed: 45 (by 2030-04-03)</li>'))
  assert.ok(html.includes('<a href="https://news.example/clash">Harbour &lt;Times&gt;, 2030-04-02, Clash</a>'))
  assert.match(html, /@media print/)
  assert.match(html, /<p>No reversals\.<\/p>/)
  const actor = eventReportHtml({ ...REPORT, subject: { kind: 'actor', id: 'gov-x-sylvania', title: 'Sylvanian army', meta: 'government' } })
  assert.ok(!actor.includes('<h2>Casualties</h2>') && actor.includes('<h2>What was said</h2>'))
})

test('draws each tally\'s figures over the day reported, a step line per source, superseded ones hollow', () => {
  const [tally] = REPORT.tallies
  const superseded = { ...tally!, figures: [{ ...tally!.figures[0]!, supersededBy: 'd3/k1' }, ...tally!.figures.slice(1)] }
  const svg = tallyChart(superseded, (id) => (id ? 'Sylvanian <army>' : 'unattributed'))
  assert.match(svg, /^<svg class="chart" viewBox="0 0 520 170" role="img"/)
  assert.equal([...svg.matchAll(/<path d="M[\d.]+ [\d.]+"/g)].length, 2)
  assert.deepEqual([...svg.matchAll(/fill="(white|#[0-9a-f]{6})"><title>([^<]*)</g)].map((m) => [m[1] === 'white', m[2]]), [
    [true, 'Sylvanian &lt;army&gt;: 30 (2030-04-02)'], [false, 'unattributed: 45 (2030-04-03)'],
  ])
  const oneSource = { ...tally!, figures: tally!.figures.map((f) => ({ ...f, source: 'gov-x-sylvania' })) }
  assert.match(tallyChart(oneSource, () => 'army'), /<path d="M[\d.]+ [\d.]+H[\d.]+V[\d.]+"/)
  assert.equal(tallyChart({ ...tally!, figures: tally!.figures.slice(0, 1) }, () => 'x'), '')
  assert.match(eventReportHtml(REPORT), /<figure class="card"><svg class="chart"/)
})

test('shows each disagreement with both sides, who asserts and who denies, and their quotes', () => {
  const claim = (actor: string, polarity: 'asserts' | 'denies', e: Evidence) => ({ proposition, polarity, actor, time: { value: '2030-04-02' }, evidence: e, source: `${e.docId}/s1`, rule: 'direct' })
  const proposition = { key: 'presence(forces:X,in:Y)', kind: 'presence', args: {}, text: 'Sylvanian <forces> are present in Port Lia' }
  const d: Disagreement = {
    id: 'dis-1', proposition, overlap: { value: '2030-04-02' }, why: 'both speak of 2 April', score: 0.6, status: 'possible', rules: ['same-proposition'],
    sides: [
      { polarity: 'asserts', actors: ['gov-x-sylvania'], claims: [claim('gov-x-sylvania', 'asserts', evidence())] },
      { polarity: 'denies', actors: ['org-harbour'], claims: [claim('org-harbour', 'denies', evidence({ docId: 'd2' }))] },
    ],
  }
  const html = eventReportHtml({ ...REPORT, disagreements: [d], names: new Map([['gov-x-sylvania', 'Sylvanian army'], ['org-harbour', 'Harbour <office>']]) })
  assert.ok(html.includes('<h2>Disagreements</h2><article class="card"><h3>Sylvanian &lt;forces&gt; are present in Port Lia</h3>'))
  assert.ok(html.includes('<p class="rating">2030-04-02 · possible · both speak of 2 April</p>'))
  assert.ok(html.includes('<h4>Sylvanian army assert</h4>') && html.includes('<h4>Harbour &lt;office&gt; deny</h4>'))
  assert.match(eventReportHtml(REPORT), /<p>No disagreements\.<\/p>/)
})
