import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('an inflected verb of saying reports without "that" or a quotation', () => {
  assert.deepEqual(rendered('Critics of the deal yelled that the envoy had lied.'), [
    'Critics of the deal —yelled→ «that the envoy had lied» · asserts',
  ])
})

test('a verb of seeming shows the subject’s stance', () => {
  assert.deepEqual(rendered('The Sylvanian envoy seemed eager to sign the truce.'), [
    'The Sylvanian envoy —seemed→ «eager to sign the truce» · asserts · hedged',
  ])
})

test('a likely cue that is negated reports nothing', () => {
  assert.deepEqual(rendered('Olsen never yelled that the envoy had lied.'), [])
})

test('a base form inside a report is no report of its own', () => {
  assert.deepEqual(rendered('The minister refused to discuss the border.'), [
    'The minister —refused→ «to discuss the border» · asserts',
  ])
})

test('an infinitive marker joins the cue it introduces', () => {
  assert.deepEqual(rendered('The envoy had hoped to announce that the border would reopen.'), [
    'The envoy —had hoped to announce→ «that the border would reopen» · asserts',
  ])
})

test('occasion phrases that close the sentence join the cue', () => {
  assert.deepEqual(rendered('The talks stalled, the envoy added in an interview on Friday.'), [
    'the envoy —added in an interview on Friday→ «The talks stalled» · asserts',
  ])
})
