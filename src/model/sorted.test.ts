import { test } from 'node:test'
import assert from 'node:assert/strict'
import { countBelow } from './sorted.js'

const at = (x: number) => x

test('counts the items whose key is below the offset', () => {
  const keys = [2, 5, 5, 9]
  assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((n) => countBelow(keys, n, at)), [0, 0, 1, 1, 3, 3, 4])
  assert.equal(countBelow([], 4, at), 0)
})
