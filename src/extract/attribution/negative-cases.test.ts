import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorIn, rendered } from './testing.js'

test('"said" as an adjective and "so-called" are not cues', () => {
  assert.deepEqual(rendered('The so-called peace plan was signed. The said document was filed in court.'), [])
})

test('"That said" is a connective', () => {
  assert.deepEqual(rendered('That said, the roads remained closed for the week.'), [])
})

test('a negated report reports nothing, and "said nothing" says nothing', () => {
  assert.deepEqual(rendered('The army initially did not report a casualty count.'), [])
  assert.deepEqual(rendered('The spokesman said nothing about the convoy.'), [])
})

test('a passive without a speaker is not a statement', () => {
  assert.deepEqual(rendered('Nothing has been said about the return of the soldiers.'), [])
})

test('a participle owned by a noun is not a report', () => {
  assert.deepEqual(rendered('The only change announced so far has been the arrest of a general.'), [])
})

test('"told" meaning ordered is still a cue', () => {
  assert.deepEqual(rendered('The colonel told his men that they must leave at dawn.'), ['The colonel —told→ «that they must leave at dawn» · asserts'])
})

test('titles are not statements', () => {
  assert.deepEqual(rendered('She starred in “The Long Night Of Valdora” last year.'), [])
})

test('nouns that look like cue verbs are not cues', () => {
  assert.deepEqual(rendered('The member states met in the United States. Health worries grew.'), [])
  assert.deepEqual(rendered('Ruiz’s remarks drew a crowd.'), [])
})

test('a bare participle is not a report', () => {
  assert.deepEqual(rendered('It is worth noting the new budget for the schools.'), [])
})

test('a past form between a quantifier and a noun is an adjective, not a cue', () => {
  assert.deepEqual(rendered('The mayor got some pointed advice on Friday.'), [])
  assert.deepEqual(rendered('Some said the plan would fail.').map((r) => r.split(' —')[0]), ['Some'])
})

test('a cue form after a number, or after a determiner and an adjective, is no cue', () => {
  assert.deepEqual(rendered('The team toured three suspected arms depots, a spokesman said.'), [
    'a spokesman —said→ «The team toured three suspected arms depots» · asserts',
  ])
  assert.deepEqual(rendered('In response to the new charges, Valdorian officials confirmed that the suspect had fled.'), [
    'Valdorian officials —confirmed→ «that the suspect had fled» · asserts',
  ])
})

test('a verb of seeming before a place reports nothing; a passive with an adverb names no speaker', () => {
  assert.deepEqual(rendered('The two men appeared in the shop around noon.'), [])
  assert.deepEqual(rendered('Olsen, a former envoy, is also expected to visit the capital, the spokesman said.'), [
    '∅ —is also expected→ «to visit the capital» · asserts',
    'the spokesman —said→ «Olsen, a former envoy, is also expected to visit the capital» · asserts',
  ])
})

test('a noun cue before a colon yields to a verb cue after it', () => {
  assert.deepEqual(rendered('In an interview on Friday, he declined to give details, but said: “We are not leaving the valley.”'), [
    'he —declined→ «to give details» · asserts',
    'he —said:→ «“We are not leaving the valley.”» · denies · direct',
  ])
})

test('a report inside a speaker\'s content whose subject names no actor is no second statement', () => {
  const actors = (t: string) => [actorIn(t, 'p-berg', 'person', ['Tom Berg'])]
  assert.deepEqual(rendered('Tom Berg said Thursday that intelligence from several sources indicated the jet was hit by a missile.', { actors }), [
    'Tom Berg —said Thursday→ «that intelligence from several sources indicated the jet was hit by a missile» · asserts · by p-berg',
  ])
})
