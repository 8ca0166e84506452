import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('an agentless passive report has a cue and content but no source', () => {
  assert.deepEqual(rendered('It was reported that the dam had cracked.'), ['∅ —was reported→ «that the dam had cracked» · asserts'])
  assert.deepEqual(rendered('The Valdoran premier is expected to resign.'), ['∅ —is expected→ «to resign» · asserts'])
})

test('a passive that is not a report stays silent', () => {
  assert.deepEqual(rendered('The figures were reported to Olsen on Monday.'), [])
  assert.deepEqual(rendered('The bridge was expected.'), [])
})
