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

test('"…, but according to X, …" is fronted on the second clause; ", and" after the source ends it', () => {
  assert.deepEqual(rendered('Kestria shut the pipelines, but according to Kestrian officials, a smaller line remained open.'), [
    'Kestrian officials —according to→ «a smaller line remained open» · asserts',
  ])
  assert.deepEqual(rendered('The line was shut, according to officials, and trucks waited.'), [
    'officials —according to→ «The line was shut» · asserts',
  ])
})
