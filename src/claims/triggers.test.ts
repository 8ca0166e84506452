import { test } from 'node:test'
import assert from 'node:assert/strict'
import { hitIn, hitsOf } from './triggers.js'

test('hits are found once and looked up by range', () => {
  const hits = hitsOf(/troops/g, 'troops here, no troops there, troops')
  assert.deepEqual(hits, [0, 16, 30])
  assert.equal(hitIn(hits, 1, 16), false)
  assert.equal(hitIn(hits, 1, 17), true)
  assert.equal(hitIn(hits, 31, 36), false)
})
