import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compareTime, daysOf, intersection, intervalOf, isLater, overlapping, showTime } from './time-span.js'

test('a month or a year covers all its days', () => {
  assert.deepEqual(daysOf('2028-02'), { start: '2028-02-01', end: '2028-02-29' })
  assert.deepEqual(daysOf('2031'), { start: '2031-01-01', end: '2031-12-31' })
  assert.deepEqual(daysOf('PRESENT_REF'), {})
})

test('an ISO week covers Monday to Sunday, across a year end too, and its weekend the last two days', () => {
  assert.deepEqual(daysOf('2031-W19'), { start: '2031-05-05', end: '2031-05-11' })
  assert.deepEqual(daysOf('2026-W01'), { start: '2025-12-29', end: '2026-01-04' })
  assert.deepEqual(daysOf('2020-W53-WE'), { start: '2021-01-02', end: '2021-01-03' })
  assert.equal(overlapping({ value: '2031-W19' }, { value: '2031-05-07' }), true)
  assert.equal(overlapping({ value: '2031-W19' }, { value: '2031-04-24' }), false)
})

test('bounds are inclusive and an absent bound stays open', () => {
  assert.deepEqual(intervalOf({ before: '2030-05-03' }), { end: '2030-05-03' })
  assert.deepEqual(intervalOf({ after: '2030-05', before: '2030-06-02' }), { start: '2030-05-01', end: '2030-06-02' })
})

test('a long denial dated before a day reaches that day but not the next', () => {
  assert.equal(overlapping({ before: '2030-05-03' }, { value: '2030-05-03' }), true)
  assert.equal(overlapping({ before: '2030-05-03' }, { value: '2030-05-04' }), false)
})

test('a month overlaps a day inside it and the intersection is that day', () => {
  assert.equal(overlapping({ value: '2029-04' }, { value: '2029-04-17' }), true)
  assert.deepEqual(intersection({ value: '2029-04' }, { before: '2030-01-01' }), { after: '2029-04-01', before: '2029-04-30' })
  assert.deepEqual(intersection({ value: '2029-04' }, { value: '2029-04-17' }), { value: '2029-04-17' })
})

test('an open start is earliest and a later start is later', () => {
  assert.equal(isLater({ before: '2030-05-03' }, { value: '2030-05-04' }), true)
  assert.equal(isLater({ value: '2030-05-04' }, { value: '2029-04' }), false)
  assert.equal(compareTime({ value: '2030-05-04' }, { value: '2030-05-04' }), 0)
})

test('dates are shown as values or bounds', () => {
  assert.equal(showTime({ after: '2030-05-02', before: '2030-05-04' }), '2030-05-02…2030-05-04')
  assert.equal(showTime({ before: '2030-05-03' }), 'before 2030-05-03')
})
