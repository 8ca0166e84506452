import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

const none = (text: string, timexes: readonly (readonly [string, string, ('DATE' | 'DURATION')?])[] = []) =>
  assert.deepEqual(figuresIn(text, { timexes }), [], text)

test('idioms and nouns of killing are not figures', () => {
  none('The soldiers killed time playing cards.')
  none('Officials recalled the 2019 killings in the north.')
  none('One of the soldiers said the wounded were evacuated.')
})

test('ages, durations, dates, money and shares are not counts', () => {
  none('A 32-year-old soldier was killed.')
  none('The government decreed two days of mourning for those killed.', [['two days', 'P2D', 'DURATION']])
  none('On 12 May soldiers were killed.', [['12 May', '2025-05-12']])
  none('The ministry paid $5 million to families of soldiers killed.')
  none('Some 40% of soldiers were wounded.')
})

test('a group that did the killing is not the casualty; its victim is', () => {
  assert.deepEqual(figuresIn('Three gunmen killed a guard.'), ['"killed a guard" · 1 guard (military) killed · ev1'])
})

test('a word that names a built-in of JavaScript objects is not a number', () => {
  assert.deepEqual(figuresIn('The constructor soldiers were killed in the blast.').filter((f) => f.includes('NaN')), [])
})
