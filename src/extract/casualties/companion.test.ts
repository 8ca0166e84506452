import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

test('"X and ten others" counts the named one too', () => {
  assert.deepEqual(figuresIn('The skipper and ten others died off the cape.'), ['"ten others died" · 11 others killed'])
  assert.deepEqual(figuresIn('Ana Ruiz and two others were wounded.'), ['"two others were wounded" · 3 others wounded'])
})

test('a plural before "and N others" is not one more', () => {
  assert.deepEqual(figuresIn('The guards and five others died.'), ['"five others died" · 5 others killed'])
})

test('an aside between dashes stands between the group and its status', () => {
  assert.deepEqual(figuresIn('The driver and 20 other passengers -- among them two nurses -- died.'), [
    '"20 other passengers -- among them two nurses -- died" · 21 other passengers (civilian) killed',
  ])
})

test('"reported" between the auxiliary and the status, and counted killings, are figures', () => {
  assert.deepEqual(figuresIn('At least nine villagers were reported killed.'), [
    '"At least nine villagers were reported killed" · 9 [9..] villagers (civilian) killed · ev1',
  ])
  assert.deepEqual(figuresIn('Police linked the gang to three killings last year.'), ['"three killings" · 3 people killed · ev1'])
})
