import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatDay, parseDay } from './calendar.js'
import { numericDay, weekdayNear, yearNear, yearOfMonth } from './resolve.js'

const thursday = parseDay('2026-01-08')!

test('a bare weekday looks back unless the context is future; a direction is strict', () => {
  assert.equal(formatDay(weekdayNear(thursday, 7, null, false)), '2026-01-04')
  assert.equal(formatDay(weekdayNear(thursday, 7, null, true)), '2026-01-11')
  assert.equal(formatDay(weekdayNear(thursday, 4, null, false)), '2026-01-08')
  assert.equal(formatDay(weekdayNear(thursday, 4, -1, false)), '2026-01-01')
})

test('a day and month without a year fall in the year the tense points to', () => {
  assert.equal(yearNear(thursday, 'past', 12, 20), 2025)
  assert.equal(yearNear(thursday, 'future', 1, 4), 2026)
  assert.equal(yearNear(thursday, 'none', 11, 30), 2025)
  assert.equal(yearOfMonth(thursday, 10, -1), 2025)
  assert.equal(yearOfMonth(thursday, 1, 1), 2027)
  // The month just past is "last month": "last December" in January is the December before it.
  assert.equal(yearOfMonth(thursday, 12, -1), 2024)
  assert.equal(yearOfMonth(parseDay('2026-04-02')!, 3, -1), 2025)
  assert.equal(yearOfMonth(parseDay('2026-04-02')!, 2, -1), 2026)
  assert.equal(yearOfMonth(parseDay('2026-04-02')!, 4, -1), 2025)
})

test('numeric dates read day first or month first, swapping when only the other order fits', () => {
  assert.deepEqual(numericDay(2026, 3, 1, true), { y: 2026, m: 1, d: 3 })
  assert.deepEqual(numericDay(2026, 3, 1, false), { y: 2026, m: 3, d: 1 })
  assert.deepEqual(numericDay(2026, 1, 25, true), { y: 2026, m: 1, d: 25 })
  assert.equal(numericDay(2026, 13, 13, true), null)
})
