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

test('a clause opened by Penn Treebank quotes, "am not" and "I\'m not" is read past its marks', () => {
  assert.equal(negatedContent("``We did not order the strike,''"), true)
  assert.equal(negatedContent('I am not speaking for the council'), true)
  assert.equal(negatedContent('I’m not leaving the capital'), true)
})

test('a verb with a "no" object denies: "had no forces", "took no part", "had ``no doubts\'\'"', () => {
  assert.equal(negatedContent('the battalion had no forces near the river'), true)
  assert.equal(negatedContent('the rebels took no part in the raid'), true)
  assert.equal(negatedContent("she had ``no doubts'' about the vote"), true)
  assert.equal(negatedContent('the town was left with no water'), false)
  assert.equal(negatedContent('the talks would resume in no time'), false)
})

test('"it is impossible that" denies', () => {
  assert.equal(negatedContent('it is impossible that our jets crossed the border'), true)
})

test('a negation inside a condition or a relative clause leaves the main clause asserted', () => {
  assert.equal(negatedContent('sanctions would follow if the junta does not free the prisoners'), false)
  assert.equal(negatedContent('the envoy who had not been briefed arrived late'), false)
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

test('in "A but B" a clause of its own after "but" is the core: its polarity decides', () => {
  assert.equal(negatedContent('We have not studied the letter yet, but it appears to be another bluff'), false)
  assert.equal(negatedContent('We did not attack, but they did not stop firing'), true)
  assert.equal(negatedContent('The troops did not leave but stayed in the valley'), true)
})

test('naming a claim a falsity denies it; naming a person does not', () => {
  assert.deepEqual(rendered('The ministry branded the report "a fabrication from start to finish".'), [
    'The ministry —branded→ «the report "a fabrication from start to finish"» · denies',
  ])
  assert.deepEqual(rendered('The mayor called the charges against him a "smear".'), ['The mayor —called→ «the charges against him a "smear"» · denies'])
  assert.deepEqual(rendered('The mayor called his rival "a liar".'), ['The mayor —called→ «his rival "a liar"» · asserts'])
})
