import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Figure, Tally } from '../types.js'
import { chartPoints, reportDay } from './tally-chart.js'

const figure = (itemId: string, count: number | null, reportedOn: Figure['reportedOn'], more: Partial<Figure> = {}): Figure => ({
  key: `d1/${itemId}`, source: 'gov-pe', count, reportedOn,
  evidence: { docId: 'd1', itemId, span: { start: 0, end: 2, text: '12' }, published: '2030-05-09' }, ...more,
})

test('a figure is placed on the last day it may have been reported, else on its article’s day', () => {
  assert.equal(reportDay({ before: '2030-05-08' }, '2030-05-09'), '2030-05-08')
  assert.equal(reportDay({ value: '2030-05-04T10:00' }, null), '2030-05-04')
  assert.equal(reportDay({ value: '2030-05' }, '2030-05-09'), '2030-05-09')
  assert.equal(reportDay({ value: '2030-04' }, '2030-05-09'), '2030-04-30')
  assert.equal(reportDay({}, null), undefined)
})

test('the chart places figures with a number in report order, a range by its low end, superseded ones marked', () => {
  const t: Tally = { id: 'ta1', group: 'Peruvian soldiers', status: 'killed', figures: [
    figure('k2', 19, { value: '2030-05-06' }),
    figure('k1', 12, { value: '2030-05-04' }, { supersededBy: 'd1/k2' }),
    figure('k3', null, { value: '2030-05-05' }, { low: 10, high: 20, source: 'org-red-cross' }),
    figure('k4', null, { value: '2030-05-05' }, { vague: 'dozens' }),
  ] }
  assert.deepEqual(chartPoints(t).map((p) => `${p.day} ${p.source} ${p.n}${p.superseded ? ' hollow' : ''}`),
    ['2030-05-04 gov-pe 12 hollow', '2030-05-05 org-red-cross 10', '2030-05-06 gov-pe 19'])
})
