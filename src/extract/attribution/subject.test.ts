import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('"X did Y and said Z": a second cue shares the sentence’s subject', () => {
  assert.deepEqual(rendered('Ruiz toured the flooded district and said the levee would be raised.'), [
    'Ruiz —said→ «the levee would be raised» · asserts',
  ])
})

test('a trailing participle shares the subject of its sentence', () => {
  assert.deepEqual(rendered('On Monday, Olsen visited the camp, saying that the tents were full.'), [
    'Olsen —saying→ «that the tents were full» · asserts',
  ])
})

test('no plain subject, no shared speaker', () => {
  assert.deepEqual(rendered('After the storm the old harbour flooded and said nothing.'), [])
})
