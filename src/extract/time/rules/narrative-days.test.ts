import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('"the next day" and "the day before" step from the last anchored date', () => {
  assert.deepEqual(timexesOf('The rebels entered the town on 12 April 2024. The next day, the mayor fled.'), [
    `'12 April 2024' DATE 2024-04-12`, `'The next day' DATE 2024-04-13`,
  ])
  assert.deepEqual(timexesOf('Talks failed in June 2023; the following month, the border closed.'), [
    `'June 2023' DATE 2023-06`, `'the following month' DATE 2023-07`,
  ])
})

test('halves of a year and spans reaching back from now', () => {
  assert.deepEqual(timexesOf('Exports grew in the first half of 2024.'), [`'the first half of 2024' DATE 2024-H1`])
  assert.deepEqual(timexesOf('Fighting has flared over the past decade.'), [`'the past decade' DURATION P10Y`])
})

test('a step by a year keeps year granularity', () => {
  assert.deepEqual(timexesOf('Sales fell on 3 February 2025, down from the previous year.'), [
    `'3 February 2025' DATE 2025-02-03`, `'the previous year' DATE 2024`,
  ])
})

test('"ended the day" is the day the story is about', () => {
  assert.deepEqual(timexesOf('The index ended the day 2% lower.'), [`'the day' DATE 2026-01-08`])
  assert.deepEqual(timexesOf('On 4 March 2025 the index fell but closed the day flat.'), [`'4 March 2025' DATE 2025-03-04`, `'the day' DATE 2025-03-04`])
})

test('"the day after" only at the end of a clause', () => {
  assert.deepEqual(timexesOf('Markets rallied late in the day after falling sharply.'), [`'the day' DATE 2026-01-08`])
})
