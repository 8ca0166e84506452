import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

test('any listed people noun heads a group: fishermen, pilgrims, miners', () => {
  assert.deepEqual(figuresIn('Two Freedonian fishermen are missing.'), ['"Two Freedonian fishermen are missing" · 2 Freedonian fishermen (civilian) missing'])
  assert.deepEqual(figuresIn('Eleven pilgrims died on the road.'), ['"Eleven pilgrims died" · 11 pilgrims (civilian) killed'])
  assert.deepEqual(figuresIn('Police said 40 miners were trapped and 6 miners were killed.'), ['"6 miners were killed" · 6 miners (civilian) killed · ev1'])
})

test('an unlisted noun shaped like people counts for deaths and wounds only', () => {
  assert.deepEqual(figuresIn('Three glassblowers were injured.'), ['"Three glassblowers were injured" · 3 glassblowers wounded'])
  assert.deepEqual(figuresIn('Nine ferrymen were killed.'), ['"Nine ferrymen were killed" · 9 ferrymen killed'])
  assert.deepEqual(figuresIn('Two tankers are missing and three containers were hurt.'), [])
})

test('"a" or "one" before a singular head counts one', () => {
  assert.deepEqual(figuresIn('A Sylvanian soldier was killed near the bridge.'), ['"A Sylvanian soldier was killed" · 1 Sylvanian soldier (military) killed · ev1'])
  assert.deepEqual(figuresIn('One policeman was wounded.'), ['"One policeman was wounded" · 1 policeman (police) wounded'])
  assert.deepEqual(figuresIn('A statement was hurt by delays.'), [])
})

test('a singular noun before a head qualifies it: "separatist fighters", "civilian workers"', () => {
  assert.deepEqual(figuresIn('Four separatist fighters were captured.'), ['"Four separatist fighters were captured" · 4 separatist fighters (militant) captured'])
})
