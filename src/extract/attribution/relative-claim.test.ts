import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('a claim noun after a clause, then a relative clause with a cue: the clause is what its subject reported', () => {
  assert.deepEqual(rendered('Border troops crossed the river, a charge the government had at first denied.'), [
    'the government —first denied→ «Border troops crossed the river» · denies',
  ])
  assert.deepEqual(rendered('The bridge fell, a report that state radio later confirmed.'), [
    'state radio —later confirmed→ «The bridge fell» · asserts',
  ])
})

test('a claim noun with no cue closing its clause reports nothing of its own', () => {
  assert.deepEqual(rendered('The bridge fell, a report that nobody could check in time.'), [])
})

test('a relative claim after a report denies what was reported, and ends that report', () => {
  assert.deepEqual(rendered('The army said on Monday that its forces had seized two boats, a claim the coast guard denied.'), [
    'The army —said on Monday→ «that its forces had seized two boats» · asserts',
    'the coast guard —denied→ «that its forces had seized two boats» · denies',
  ])
})

test('a relative claim after a report without "that" denies the reported clause; an accusation stays whole', () => {
  assert.deepEqual(rendered('Western officials say the jet was hit by a missile fired from the hills, an accusation the rebels have denied.'), [
    'Western officials —say→ «the jet was hit by a missile fired from the hills» · asserts',
    'the rebels —have denied→ «the jet was hit by a missile fired from the hills» · denies',
  ])
  assert.deepEqual(rendered('The governor accused the rebels of burning the depot, a charge they have rejected.').at(-1),
    'they —have rejected→ «The governor accused the rebels of burning the depot» · denies')
})
