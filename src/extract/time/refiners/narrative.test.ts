import { test } from 'node:test'
import assert from 'node:assert/strict'
import { shiftValue } from './narrative.js'
import { timexesOf } from '../testing.js'

test('moves a TimeML value at its own granularity', () => {
  assert.equal(shiftValue('1989-Q3', 'Y', -1), '1988-Q3')
  assert.equal(shiftValue('2025-Q1', 'Q', -1), '2024-Q4')
  assert.equal(shiftValue('2025-03-03', 'D', 2), '2025-03-05')
  assert.equal(shiftValue('2019-04', 'Y', 1), '2020-04')
  assert.equal(shiftValue('PRESENT_REF', 'Y', 1), null)
})

test('with no anchored date before it, "at the time" stays PAST_REF', () => {
  assert.deepEqual(timexesOf('At the time, nobody in Sylvania objected.'), [`'the time' DATE PAST_REF`])
})

test('a reference or a duration is not an anchor for "then"', () => {
  assert.deepEqual(timexesOf('In 2018 the mine closed. It stayed shut for years. Since then, the town has shrunk.'), [
    `'2018' DATE 2018`, `'years' DURATION PXY`, `'then' DATE 2018`,
  ])
})
