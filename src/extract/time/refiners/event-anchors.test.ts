import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'
import { EVENT_LOOKBACK_SENTENCES } from './event-anchors.js'

test('"two days after the strike" is anchored on the date the strike was reported with', () => {
  const text = 'The strike on the Sylvanian depot came on 3 March 2025. Two days after the strike, the minister resigned.'
  assert.deepEqual(timexesOf(text), [`'3 March 2025' DATE 2025-03-03`, `'Two days after the strike' DATE 2025-03-05`])
})

test('counts back with "before" and looks past sentences that do not mention the event', () => {
  const text = 'The vote was held on 10 June 2024. Turnout was low. A week before the vote, rallies were banned.'
  assert.deepEqual(timexesOf(text), [`'10 June 2024' DATE 2024-06-10`, `'A week before the vote' DATE 2024-06-03`])
})

test('without a dated mention of the event the duration stays a duration', () => {
  assert.deepEqual(timexesOf('Two days after the strike, the minister resigned.'), [`'Two days' DURATION P2D`])
})

test(`looks back at most EVENT_LOOKBACK_SENTENCES sentences for the event`, () => {
  const filler = (n: number) => 'Nothing else happened. '.repeat(n)
  const near = `The strike came on 3 March 2025. ${filler(EVENT_LOOKBACK_SENTENCES - 1)}Two days after the strike, the minister resigned.`
  assert.equal(timexesOf(near).at(-1), `'Two days after the strike' DATE 2025-03-05`)
  const far = `The strike came on 3 March 2025. ${filler(EVENT_LOOKBACK_SENTENCES)}Two days after the strike, the minister resigned.`
  assert.equal(timexesOf(far).at(-1), `'Two days' DURATION P2D`)
})
