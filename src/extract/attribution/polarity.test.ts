import { test } from 'node:test'
import assert from 'node:assert/strict'
import { negatedContent } from './polarity.js'
import { rendered } from './testing.js'

test('negated content denies: "there are no", "no X were", "X was not"', () => {
  assert.equal(negatedContent('There are no foreign troops in the valley'), true)
  assert.equal(negatedContent('No border guards were killed'), true)
  assert.equal(negatedContent('the convoy was not attacked'), true)
  assert.equal(negatedContent('the convoy wasn’t attacked'), true)
  assert.equal(negatedContent('only civilians were in the camp'), false)
})

test('a denial cue denies, and its own negation asserts', () => {
  assert.deepEqual(rendered('The ministry dismissed reports that the dam had burst.').map((l) => l.split(' · ')[1]), ['denies'])
  assert.deepEqual(rendered('The ministry did not deny that troops were present.'), ['The ministry —did not deny→ «that troops were present» · asserts'])
})

test('"insisted that only civilians were there" asserts', () => {
  assert.deepEqual(rendered('They insisted that only civilians were in the camp.'), ['They —insisted→ «that only civilians were in the camp» · asserts'])
})

test('a denial of a negated clause asserts', () => {
  assert.deepEqual(rendered('The army rejected the idea that there were no troops left.').map((l) => l.split(' · ')[1]), ['asserts'])
})
