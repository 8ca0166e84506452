import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('a clock time falls on the publication date by default', () => {
  assert.deepEqual(timexesOf('The sirens sounded at 3pm.'), [`'3pm' TIME 2026-01-08T15:00`])
  assert.deepEqual(timexesOf('The ferry left at 10:30 a.m. local time.'), [`'10:30 a.m. local time' TIME 2026-01-08T10:30`])
})

test('a clock time next to a day takes that day', () => {
  assert.deepEqual(timexesOf('The ministry met at 3pm on Tuesday.'), [`'3pm on Tuesday' TIME 2026-01-06T15:00`])
  assert.deepEqual(timexesOf('Troops crossed at midnight on Sunday.'), [`'midnight on Sunday' TIME 2026-01-04T24:00`])
})

test('universal time is marked with Z', () => {
  assert.deepEqual(timexesOf('The launch was set for 18:00 UTC.'), [`'18:00 UTC' TIME 2026-01-08T18:00Z`])
})

test('reads military times in universal time', () => {
  assert.deepEqual(timexesOf('The banks acted at 0800 UTC.'), [`'0800 UTC' TIME 2026-01-08T08:00Z`])
})
