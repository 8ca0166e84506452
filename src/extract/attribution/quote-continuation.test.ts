import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('quoted sentences right after the cue’s sentence are the same speaker’s', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said. “We cleared them overnight.”\n\nTraffic resumed.'), [
    'the mayor —said→ «“The roads are open,” the mayor said. “We cleared them overnight.”» · asserts · direct',
  ])
})

test('a quotation before the speaker keeps its marks, even across sentences', () => {
  assert.deepEqual(rendered('Turnout was low. “We waited. Nobody came,” Olsen said.'), ['Olsen —said→ «“We waited. Nobody came,”» · asserts · direct'])
})

test('a quotation followed by its own cue is not taken over', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said. “They are not,” a driver replied.'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
    'a driver —replied→ «“They are not,”» · denies · direct',
  ])
})
