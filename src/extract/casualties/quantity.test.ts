import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

test('reads digits, separators and number words', () => {
  assert.deepEqual(figuresIn('Officials said 1,200 civilians were killed and twenty-four soldiers were wounded.'), [
    '"1,200 civilians were killed" · 1200 civilians (civilian) killed · ev1',
    '"twenty-four soldiers were wounded" · 24 soldiers (military) wounded · ev1',
  ])
  assert.deepEqual(figuresIn('Two hundred and five residents are missing.'), ['"Two hundred and five residents are missing" · 205 residents (civilian) missing'])
})

test('"at least" gives a floor, "up to" a ceiling', () => {
  assert.deepEqual(figuresIn('At least 12 police officers died.'), ['"At least 12 police officers died" · 12 [12..] police officers (police) killed'])
  assert.deepEqual(figuresIn('Up to 40 fighters were captured.'), ['"Up to 40 fighters were captured" · 40 [..40] fighters (militant) captured'])
})

test('ranges give low and high and no single count', () => {
  assert.deepEqual(figuresIn('Between 10 and 15 villagers were injured.'), ['"Between 10 and 15 villagers were injured" · ? [10..15] villagers (civilian) wounded'])
  assert.deepEqual(figuresIn('Medics said 10 to 15 children were hurt.'), ['"10 to 15 children were hurt" · ? [10..15] children (civilian) wounded'])
})

test('vague quantities keep their word and have no count', () => {
  assert.deepEqual(figuresIn('Dozens of civilians were killed.'), ['"Dozens of civilians were killed" · dozens civilians (civilian) killed · ev1'])
  assert.deepEqual(figuresIn('Several Kenyans remain unaccounted for.'), ['"Several Kenyans remain unaccounted for" · several Kenyans (KE) missing'])
})

test('"no" and "none of the" make a figure zero', () => {
  assert.deepEqual(figuresIn('No Chilean troops were killed.'), ['"No Chilean troops were killed" · 0 Chilean troops (CL/military) killed'])
  assert.deepEqual(figuresIn('None of the passengers were hurt.'), ['"None of the passengers were hurt" · 0 passengers (civilian) wounded'])
})
