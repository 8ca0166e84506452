import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('"according to" after the content', () => {
  assert.deepEqual(rendered('No civilians were killed, according to the Sylvanian army.'), [
    'the Sylvanian army —according to→ «No civilians were killed» · denies',
  ])
})

test('"according to" fronted: the source ends at its comma, the rest is content', () => {
  assert.deepEqual(rendered('According to the ministry, the border is closed.'), ['the ministry —According to→ «the border is closed» · asserts'])
})

test('"according to plan" has no source', () => {
  assert.deepEqual(rendered('The withdrawal went according to plan.'), [])
})
