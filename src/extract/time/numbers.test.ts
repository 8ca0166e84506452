import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseCount } from './numbers.js'

test('reads counts written in digits and in words', () => {
  assert.deepEqual(['3', '1,200', 'two', 'twenty-five', 'twenty five', 'two hundred', 'a', 'a dozen'].map(parseCount), [3, 1200, 2, 25, 25, 200, 1, 12])
})

test('returns null for words that are not numbers', () => {
  assert.deepEqual(['several', 'few', ''].map(parseCount), [null, null, null])
})
