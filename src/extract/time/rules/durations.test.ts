import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('reads durations with counts in digits and words', () => {
  assert.deepEqual(timexesOf('The ministry declared two days of mourning and a 72-hour curfew.'), [`'two days' DURATION P2D`, `'72-hour' DURATION PT72H`])
  assert.deepEqual(timexesOf('The siege lasted seven days, then three months of talks followed.'), [`'seven days' DURATION P7D`, `'three months' DURATION P3M`])
})

test('decades become years, with the modifier in the extent', () => {
  assert.deepEqual(timexesOf('For more than two decades, Sylvania denied it.'), [`'more than two decades' DURATION P20Y MORE_THAN`])
  assert.deepEqual(timexesOf('The dispute took almost a decade.'), [`'almost a decade' DURATION P10Y APPROX`])
})

test('vague counts and bare plural units are X durations', () => {
  assert.deepEqual(timexesOf('For years, villagers complained about the patrols.'), [`'years' DURATION PXY`])
  assert.deepEqual(timexesOf('The repairs will take several weeks.'), [`'several weeks' DURATION PXW`])
})

test('keeps "the past" in a period and leaves the article out of an adjective', () => {
  assert.deepEqual(timexesOf('Prices doubled over the past three months.'), [`'the past three months' DURATION P3M`])
  assert.deepEqual(timexesOf('They signed the five-year plan.'), [`'five-year' DURATION P5Y`])
})

test('reads thousands in words', () => {
  assert.deepEqual(timexesOf('The glassmakers kept their secrets for more than two thousand years.'), [`'more than two thousand years' DURATION P2000Y MORE_THAN`])
})

test('half units before or after the unit', () => {
  assert.deepEqual(timexesOf('The truce held for two and a half years, then a year and a half of war.'), [
    `'two and a half years' DURATION P2.5Y`, `'a year and a half' DURATION P1.5Y`,
  ])
})
