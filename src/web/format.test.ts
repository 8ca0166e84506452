import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatTime, interval, isoDay } from './format.js'

const days = (t: Parameters<typeof interval>[0]) => {
  const i = interval(t)
  return i ? `${isoDay(i[0])}..${isoDay(i[1] - 1)}` : 'none'
}

test('a year or a month is an interval, a day is one day', () => {
  assert.deepEqual(['2019', '2019-04', '2026-01-03'].map(days), ['2019-01-01..2019-12-31', '2019-04-01..2019-04-30', '2026-01-03..2026-01-03'])
})

test('bounds make an interval from the start of one to the end of the other', () => {
  assert.equal(days({ after: '2030-02', before: '2030-03-04' }), '2030-02-01..2030-03-04')
  assert.equal(days({ before: '2030-03-04' }), '2030-03-04..2030-03-04')
})

test('values that are not calendar dates place nothing', () => {
  assert.deepEqual(['PRESENT_REF', 'P2D', 'XXXX-XX-XX'].map(days), ['none', 'none', 'none'])
  assert.equal(days(undefined), 'none')
})

test('times read as people say them', () => {
  assert.deepEqual([{ value: '2019-04' }, { after: '2030-01-01', before: '2030-01-05' }, { after: '2030-01-01' }, {}].map(formatTime),
    ['2019-04', 'between 2030-01-01 and 2030-01-05', 'after 2030-01-01', 'undated'])
})
