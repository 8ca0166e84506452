import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Actor } from '../../model/annotations.js'
import { actorIn, statementsOf } from './testing.js'

const typeOf = (text: string, actors?: (t: string) => Actor[]) =>
  statementsOf(text, actors ? { actors } : {}).map((s) => s.sourceType ?? '-')

test('source types from the speaker words', () => {
  assert.deepEqual(typeOf('A source familiar with the talks said the deal was close.'), ['anonymous'])
  assert.deepEqual(typeOf('Analysts said the currency would fall.'), ['analyst'])
  assert.deepEqual(typeOf('A ministry spokeswoman said the roads were open.'), ['spokesperson'])
  assert.deepEqual(typeOf('State television said the rebels had fled.'), ['state-media'])
  assert.deepEqual(typeOf('Officials said the rebels had fled, speaking on condition of anonymity.'), ['anonymous'])
})

test('source types from the actor', () => {
  const text = 'Jane Roe said the vote was fair.'
  const gov = (t: string) => [actorIn(t, 'gov-fr', 'government', ['Freedonia']), actorIn(t, 'p-roe', 'person', ['Jane Roe'], { memberOf: 'gov-fr' })]
  assert.deepEqual(typeOf(text, gov), ['government-official'])
  assert.deepEqual(typeOf(text, (t) => [actorIn(t, 'p-roe', 'person', ['Jane Roe'])]), ['person'])
})
