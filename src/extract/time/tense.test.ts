import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tenseAround } from './tense.js'

const tenseOf = (sentence: string, word: string) => tenseAround(sentence, sentence.indexOf(word))

test('an auxiliary of the future near the expression makes it future', () => {
  assert.equal(tenseOf('The council will meet on Sunday.', 'Sunday'), 'future')
  assert.equal(tenseOf('Ministers say they’ll vote on Friday.', 'Friday'), 'future')
  assert.equal(tenseOf('The hearings are due to resume on Thursday.', 'Thursday'), 'future')
})

test('"due to" as a cause is no sign of the future', () => {
  assert.equal(tenseOf('The flight was cancelled on Monday due to fog.', 'Monday'), 'past')
})

test('a past verb form near the expression makes it past', () => {
  assert.equal(tenseOf('The rebels attacked the depot on Sunday.', 'Sunday'), 'past')
  assert.equal(tenseOf('The envoy met the minister on Friday.', 'Friday'), 'past')
})

test('the nearest cue wins when a sentence mixes tenses', () => {
  const s = 'The envoy said on Tuesday that the troops will leave on Sunday.'
  assert.equal(tenseOf(s, 'Tuesday'), 'past')
  assert.equal(tenseOf(s, 'Sunday'), 'future')
})

test('a sentence without cues has no tense', () => {
  assert.equal(tenseOf('Talks in Sylvania on Monday.', 'Monday'), 'none')
})
