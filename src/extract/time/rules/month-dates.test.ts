import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('reads day-month-year, month-day-year and ISO dates', () => {
  assert.deepEqual(timexesOf('The treaty of 3 January 2026 was signed in Sylvania.'), [`'3 January 2026' DATE 2026-01-03`])
  assert.deepEqual(timexesOf('The envoy arrived on Jan. 3, 2026, with a letter.'), [`'Jan. 3, 2026' DATE 2026-01-03`])
  assert.deepEqual(timexesOf('The file is dated 2025-11-30 by the ministry.'), [`'2025-11-30' DATE 2025-11-30`])
  assert.deepEqual(timexesOf('The vote set for Monday, Feb. 2 was delayed.'), [`'Monday, Feb. 2' DATE 2026-02-02`])
})

test('keeps month granularity for a month with a year', () => {
  assert.deepEqual(timexesOf('Freedonian troops crossed the river in April 2019.'), [`'April 2019' DATE 2019-04`])
  assert.deepEqual(timexesOf('The talks stalled in early December 2024.'), [`'early December 2024' DATE 2024-12 START`])
})

test('places a day and month without a year in the nearest year, by tense', () => {
  assert.deepEqual(timexesOf('The harbour was closed on December 28.'), [`'December 28' DATE 2025-12-28`])
  assert.deepEqual(timexesOf('The port will reopen on March 2.'), [`'March 2' DATE 2026-03-02`])
})

test('resolves a month alone: past context looks back, future context ahead', () => {
  assert.deepEqual(timexesOf('The minister resigned in November.'), [`'November' DATE 2025-11`])
  assert.deepEqual(timexesOf('Elections will be held in June.'), [`'June' DATE 2026-06`])
  assert.deepEqual(timexesOf('The rebels retreated last October.'), [`'last October' DATE 2025-10`])
  assert.deepEqual(timexesOf('Prices rose in May, officials said.'), [`'May' DATE 2025-05`])
  // The month just past would be "last month": "last February" in March is a year back.
  assert.deepEqual(timexesOf('The dam burst last February.', '2026-03-04'), [`'last February' DATE 2025-02`])
  assert.deepEqual(timexesOf('The dam burst last January.', '2026-03-04'), [`'last January' DATE 2026-01`])
})

test('a month "of next year" or "last year" takes that year', () => {
  assert.deepEqual(timexesOf('Licences expire after October of next year.'), [`'October of next year' DATE 2027-10`])
})

test('a day past the end of its month is no date', () => {
  assert.deepEqual(timexesOf('The memo was dated Feb. 30 by mistake.'), [])
})
