import assert from 'node:assert/strict'
import { test } from 'node:test'
import { figuresEs } from './testing.js'

test('a natural death is no casualty figure', () => {
  assert.deepEqual(figuresEs('Un soldado que murió de viejo fue enterrado con honores.'), [])
})

test('ages, shares and dates are not head counts', () => {
  assert.deepEqual(figuresEs('El soldado de 32 años murió en el hospital.'), [])
  assert.deepEqual(figuresEs('El 40 % de los soldados murieron de hambre según el libro.'), [])
})

test('a status word with no count and no group is not a figure', () => {
  assert.deepEqual(figuresEs('El general murió ayer.'), [])
  assert.deepEqual(figuresEs('Los heridos fueron trasladados al hospital.'), [])
})

test('English rules do not run on Spanish text', () => {
  assert.deepEqual(figuresEs('The strike killed 12 civilians.'), [])
})
