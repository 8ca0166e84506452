import { test } from 'node:test'
import assert from 'node:assert/strict'
import { talliesOf } from './tallies.js'
import { figureOf } from './testing.js'

const render = (fs: Parameters<typeof talliesOf>[0]) => talliesOf(fs).map((t) =>
  `${t.group} ${t.status}: ${t.figures.map((f) => `${f.count ?? f.vague ?? `≥${f.low}`} (${f.source ?? '?'})${f.supersededBy ? '*' : ''}`).join(', ')} · ${t.low}/${t.best}/${t.high} · first ${t.firstReportedBy}`)

test('each source’s figure side by side, the earliest reporter first', () => {
  assert.deepEqual(render([figureOf('k2', 30, 'gov-cl', '2030-05-05'), figureOf('k1', 12, 'gov-pe', '2030-05-04')]),
    ['Peruvian soldiers killed: 12 (gov-pe), 30 (gov-cl) · 12/12/30 · first gov-pe'])
})

test('a later figure from the same source supersedes the earlier one, which is kept', () => {
  assert.deepEqual(render([figureOf('k1', 12, 'gov-pe', '2030-05-04'), figureOf('k2', 14, 'gov-pe', '2030-05-06')]),
    ['Peruvian soldiers killed: 12 (gov-pe)*, 14 (gov-pe) · 14/14/14 · first gov-pe'])
})

test('a vague figure stands beside the counts without moving low, best or high', () => {
  assert.deepEqual(render([figureOf('k1', 32, 'gov-pe', '2030-05-04'), figureOf('k2', null, 'gov-cl', '2030-05-03', { vague: 'many', group: 'Peruvians', role: undefined })]),
    ['Peruvian soldiers killed: many (gov-cl), 32 (gov-pe) · 32/32/32 · first gov-cl'])
})

test('"at least 40" counts as 40; the best is the lower middle figure', () => {
  assert.deepEqual(render([figureOf('k1', 32, 'gov-pe', '2030-05-04'), figureOf('k2', null, 'gov-cl', '2030-05-05', { low: 40 })]),
    ['Peruvian soldiers killed: 32 (gov-pe), ≥40 (gov-cl) · 32/32/40 · first gov-pe'])
})

test('a restated current figure is not superseded and counts once; an old one restated is superseded', () => {
  assert.deepEqual(render([
    figureOf('k1', 12, 'gov-pe', '2030-05-03'), figureOf('k2', 19, 'gov-pe', '2030-05-04'),
    figureOf('k3', 12, 'gov-pe', '2030-05-03'), figureOf('k4', 19, 'gov-pe', '2030-05-04'), figureOf('k5', 25, 'gov-cl', '2030-05-05'),
  ]), ['Peruvian soldiers killed: 12 (gov-pe)*, 12 (gov-pe)*, 19 (gov-pe), 19 (gov-pe), 25 (gov-cl) · 19/19/25 · first gov-pe'])
})

test('a group without a role stays apart when its country has several roles in the event', () => {
  assert.equal(talliesOf([
    figureOf('k1', 3, 'gov-pe', '2030-05-04'),
    figureOf('k2', 2, 'gov-pe', '2030-05-04', { role: 'civilian', group: 'Peruvian civilians' }),
    figureOf('k3', null, 'gov-cl', '2030-05-04', { vague: 'many', group: 'Peruvians', role: undefined }),
  ]).length, 3)
})

test('"fighters" joins the one tally of "rebel fighters" of that role; with two such groups it stays apart', () => {
  const fighters = (key: string, count: number, source: string, day: string, group: string) =>
    figureOf(key, count, source, day, { group, role: 'militant', country: undefined })
  assert.deepEqual(render([fighters('k1', 12, 'gov-pe', '2030-05-03', 'fighters'), fighters('k2', 19, 'gov-pe', '2030-05-04', 'rebel fighters')]),
    ['fighters killed: 12 (gov-pe)*, 19 (gov-pe) · 19/19/19 · first gov-pe'])
  assert.equal(talliesOf([
    fighters('k1', 12, 'gov-pe', '2030-05-03', 'fighters'), fighters('k2', 19, 'gov-pe', '2030-05-04', 'rebel fighters'),
    fighters('k3', 4, 'gov-pe', '2030-05-04', 'government fighters'),
  ]).length, 3)
})

test('"civilians" with no country join the one country counted for civilians there; "children" stay apart', () => {
  const civilians = (key: string, count: number, source: string, group: string, country?: string) =>
    figureOf(key, count, source, '2030-05-04', { group, role: 'civilian', country })
  assert.deepEqual(render([civilians('k1', 3, 'gov-pe', 'Peruvian civilians', 'PE'), civilians('k2', 9, 'org-watch', 'civilians')]),
    ['Peruvian civilians killed: 3 (gov-pe), 9 (org-watch) · 3/3/9 · first gov-pe'])
  assert.equal(talliesOf([civilians('k1', 3, 'gov-pe', 'Peruvian civilians', 'PE'), civilians('k2', 2, 'org-watch', 'children')]).length, 2)
  assert.equal(talliesOf([
    civilians('k1', 3, 'gov-pe', 'Peruvian civilians', 'PE'), civilians('k2', 4, 'gov-cl', 'Chilean civilians', 'CL'), civilians('k3', 9, 'org-watch', 'civilians'),
  ]).length, 3)
})

test('figures tied to no event are never pooled, whatever their group word', () => {
  const loose = (key: string, count: number, day: string) => figureOf(key, count, undefined, day, { event: undefined, group: 'people', country: undefined, role: undefined })
  assert.deepEqual(render([loose('k1', 14, '2030-05-04'), loose('k2', 9, '2030-06-20')]), [
    'people killed: 14 (?) · 14/14/14 · first undefined', 'people killed: 9 (?) · 9/9/9 · first undefined',
  ])
})
