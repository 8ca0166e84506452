import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('hedge words and phrases mark the statement', () => {
  assert.deepEqual(rendered('The agency reportedly confirmed that the bridge had collapsed.'), [
    'The agency —reportedly confirmed→ «that the bridge had collapsed» · asserts · hedged',
  ])
  assert.deepEqual(rendered('The ministry could not confirm that the convoy had arrived.'), [
    'The ministry —could not confirm→ «that the convoy had arrived» · asserts · hedged',
  ])
  assert.deepEqual(rendered('Officials said the rebels may have crossed the river.'), ['Officials —said→ «the rebels may have crossed the river» · asserts · hedged'])
})

test('the month May is not a hedge', () => {
  assert.deepEqual(rendered('Officials said the rebels crossed the river in May.'), ['Officials —said→ «the rebels crossed the river in May» · asserts'])
})
