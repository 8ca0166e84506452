import { test } from 'node:test'
import assert from 'node:assert/strict'
import { countOf, unitOf } from './patterns.js'

test('reads Spanish counts in digits and in words', () => {
  assert.deepEqual(['3', '1.200', 'dos', 'veintiún', 'treinta y dos', 'ciento veinte', 'dos mil', 'una docena de', 'un par de'].map((w) => countOf(w)), [3, 1200, 2, 21, 32, 120, 2000, 12, 2])
})

test('returns null for words that are not numbers', () => {
  assert.deepEqual(['varios', 'unos', ''].map((w) => countOf(w)), [null, null, null])
})

test('a multiple unit counts in its base unit', () => {
  assert.deepEqual([unitOf('días'), unitOf('lustro'), unitOf('quincena'), unitOf('mesa')], [[1, 'D'], [5, 'Y'], [2, 'W'], null])
})
