import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnLocalities } from './localities.js'

test('a town is placed by "the <demonym> town of" and by "in <country>"', () => {
  assert.deepEqual([...learnLocalities('Troops entered the Chilean town of Lota. Later, Vado, a village in northern Peru, fell.')], [['Lota', 'CL'], ['Vado', 'PE']])
  assert.deepEqual([...learnLocalities('Fighting reached the port of Ilo in Peru.')], [['Ilo', 'PE']])
})

test('countries and unplaced towns are not learned', () => {
  assert.deepEqual([...learnLocalities('They met in Peru. The town of Lota was quiet.')], [])
})
