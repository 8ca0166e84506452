import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isIsoDate, toIsoDate } from './dates.js'

test('an ISO timestamp keeps the date as written in its own offset', () => {
  assert.deepEqual(['2025-03-04', '2025-03-04T23:30:00-05:00', '2025-03-04 07:00', ' 2025-03-04T00:10:00Z '].map(toIsoDate), ['2025-03-04', '2025-03-04', '2025-03-04', '2025-03-04'])
})

test('reads RSS pubDate in RFC 822 form, with or without weekday, with two- or four-digit years', () => {
  assert.deepEqual(['Tue, 04 Mar 2025 08:00:00 +0100', '4 March 2025 08:00 GMT', 'Wed, 5 Mar 25 10:00:00 EST'].map(toIsoDate), ['2025-03-04', '2025-03-04', '2025-03-05'])
})

test('what is not a real date is null', () => {
  assert.deepEqual(['2025-02-30', '2025-13-01', 'yesterday', '', 'Tue, 31 Apr 2025 08:00:00 GMT', '20250304'].map(toIsoDate), [null, null, null, null, null, null])
})

test('isIsoDate accepts only a real date written YYYY-MM-DD', () => {
  assert.deepEqual(['2024-02-29', '2025-02-29', '2025-3-4', '2025-03-04T00:00'].map(isIsoDate), [true, false, false, false])
})
