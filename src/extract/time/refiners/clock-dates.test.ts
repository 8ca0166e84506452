import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('a clock time before a weekday becomes one TIME on that day', () => {
  assert.deepEqual(timexesOf('The polls closed at 9 p.m. Tuesday.'), [`'9 p.m. Tuesday' TIME 2026-01-06T21:00`])
})

test('a clock time later in the sentence takes the last day named', () => {
  assert.deepEqual(timexesOf('On 2 May 2025 the convoy left the port and reached the border by 6pm.'), [
    `'2 May 2025' DATE 2025-05-02`, `'6pm' TIME 2025-05-02T18:00`,
  ])
})
