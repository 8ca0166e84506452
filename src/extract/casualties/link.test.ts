import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

const actors = [{ id: 'gov-fd', country: 'FD', forms: ['Freedonian', 'The Freedonian ministry'] }]

test('the statement whose content holds the figure gives its reporter', () => {
  const text = 'The Freedonian ministry said that 8 Freedonian pilots were killed during the Sylvanian raid.'
  assert.deepEqual(figuresIn(text, { actors, statements: [['8 Freedonian pilots were killed during the Sylvanian raid', 'gov-fd', { value: '2025-03-01' }]] }), [
    '"8 Freedonian pilots were killed" · 8 Freedonian pilots (FD/military) killed · by gov-fd · ev1',
  ])
})

test('a figure with no event in its sentence belongs to the last attack before it', () => {
  const text = 'The Freedonian offensive began on the coast. A week later, the Freedonian ministry decreed a day of mourning. Officials said 40 civilians died.'
  assert.deepEqual(figuresIn(text, { actors }), ['"40 civilians died" · 40 civilians (civilian) killed · ev1'])
})

test('a speaker named after the figure reports it: ", the ministry said on Sunday"', () => {
  const text = 'Six porters were killed when the bridge fell, the Freedonian ministry said on Sunday.'
  assert.deepEqual(figuresIn(text, { actors, timexes: [['Sunday', '2025-03-02']] }), ['"Six porters were killed" · 6 porters killed · by gov-fd'])
})

test('civilians with no country are counted where their event happened', () => {
  const text = 'The Sylvanian raid on Chile began at dawn. Officials said 40 civilians died.'
  assert.deepEqual(figuresIn(text, { actors }), ['"40 civilians died" · 40 civilians (CL/civilian) killed · ev1'])
})
