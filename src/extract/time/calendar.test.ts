import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addMonths, formatDay, isoWeek, nearestWeekday, parseDay, weekday } from './calendar.js'

const day = (s: string) => parseDay(s)!

test('gives ISO weekdays and weeks, a week belonging to the year of its Thursday', () => {
  assert.equal(weekday(day('2026-01-08')), 4)
  assert.equal(isoWeek(day('2026-01-01')), '2026-W01')
  assert.equal(isoWeek(day('2025-12-29')), '2026-W01')
  assert.equal(isoWeek(day('2021-01-03')), '2020-W53')
})

test('finds the weekday strictly before, strictly after, or in the same week', () => {
  assert.equal(formatDay(nearestWeekday(day('2026-01-08'), 6, -1)), '2026-01-03')
  assert.equal(formatDay(nearestWeekday(day('2026-01-08'), 4, -1)), '2026-01-01')
  assert.equal(formatDay(nearestWeekday(day('2026-01-08'), 7, 1)), '2026-01-11')
  assert.equal(formatDay(nearestWeekday(day('2026-01-08'), 1, 0)), '2026-01-05')
})

test('adds months, clamping to the end of a shorter month', () => {
  assert.equal(formatDay(addMonths(day('2026-01-31'), 1)), '2026-02-28')
  assert.equal(formatDay(addMonths(day('2026-01-15'), -2)), '2025-11-15')
})
