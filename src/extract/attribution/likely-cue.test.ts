import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('a word that is usually a cue in news text reports outside the cue lexicon', () => {
  assert.deepEqual(rendered('Critics of the deal yelled that the envoy had lied.'), [
    'Critics of the deal —yelled→ «that the envoy had lied» · asserts',
  ])
})

test('a cue inside another cue’s content reports on its own, without borrowing its speaker', () => {
  assert.deepEqual(rendered('The Sylvanian envoy seemed eager to sign the truce.'), [
    'The Sylvanian envoy —seemed→ «eager to sign the truce» · asserts · hedged',
    '∅ —eager to→ «sign the truce» · asserts',
  ])
})

test('a likely cue that is negated reports nothing', () => {
  assert.deepEqual(rendered('Olsen never yelled that the envoy had lied.'), [])
})

test('an infinitive marker joins the cue it introduces', () => {
  assert.deepEqual(rendered('The minister refused to discuss the border.'), [
    'The minister —refused→ «to discuss the border» · asserts',
    '∅ —to discuss→ «the border» · asserts',
  ])
})

test('occasion phrases that close the sentence join the cue', () => {
  assert.deepEqual(rendered('The talks stalled, the envoy added in an interview on Friday.'), [
    'the envoy —added in an interview on Friday→ «The talks stalled» · asserts',
  ])
})
