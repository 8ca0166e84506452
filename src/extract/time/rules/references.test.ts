import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('now, currently and so far refer to the present', () => {
  assert.deepEqual(timexesOf('The border is now closed and the army currently holds the pass.'), [`'now' DATE PRESENT_REF`, `'currently' DATE PRESENT_REF`])
  assert.deepEqual(timexesOf('No group has claimed the attack so far.'), [`'so far' DATE PRESENT_REF`])
})

test('the past and the future are references, without the preposition', () => {
  assert.deepEqual(timexesOf('Such raids happened in the past.'), [`'the past' DATE PAST_REF`])
  assert.deepEqual(timexesOf('The plant may reopen in the future.'), [`'the future' DATE FUTURE_REF`])
})

test('"at the time" and "until then" take the last anchored date', () => {
  assert.deepEqual(timexesOf('In March 2021 the talks failed. At the time, both sides blamed Freedonia.'), [
    `'March 2021' DATE 2021-03`, `'the time' DATE 2021-03`,
  ])
  assert.deepEqual(timexesOf('The pact expired in 2022. Until then, trade grew.'), [`'2022' DATE 2022`, `'then' DATE 2022`])
})

test('"that year" keeps only the year of the anchor', () => {
  assert.deepEqual(timexesOf('The rebels struck on 4 May 2020. That year, the harvest failed.'), [
    `'4 May 2020' DATE 2020-05-04`, `'That year' DATE 2020`,
  ])
})
