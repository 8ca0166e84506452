import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('the weekend is a week value ending in WE', () => {
  assert.deepEqual(timexesOf('Fighting eased over the weekend.'), [`'the weekend' DATE 2026-W01-WE`])
  assert.deepEqual(timexesOf('The rally is planned for this weekend.'), [`'this weekend' DATE 2026-W02-WE`])
})

test('year-end and the end of the month carry mod END', () => {
  assert.deepEqual(timexesOf('The deal should close by year-end.'), [`'year-end' DATE 2026 END`])
})

test('named days resolve to their date in the nearest year', () => {
  assert.deepEqual(timexesOf('The hostages were freed on Christmas Day.'), [`'Christmas Day' DATE 2025-12-25`])
  assert.deepEqual(timexesOf('The boat was found last Thanksgiving.'), [`'last Thanksgiving' DATE 2025-11-27`])
})
