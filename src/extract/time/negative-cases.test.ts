import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from './testing.js'

// Words that look like time expressions but are not, in sentences we wrote.

test('"may" the modal and "March" the verb are not months', () => {
  assert.deepEqual(timexesOf('Officials may leave. Veterans march through Fredonia. May we ask?'), [])
  assert.deepEqual(timexesOf('Theresa May spoke to Ambassador Tom April.'), [])
})

test('a weekday in a newspaper name is not a date', () => {
  assert.deepEqual(timexesOf('The Sunday Times quoted a Freedonian diplomat.'), [])
})

test('numbers that are not years: counts, money, ages, clock-like values', () => {
  assert.deepEqual(timexesOf('More than 2000 troops and 1,500 police were deployed.'), [])
  assert.deepEqual(timexesOf('The contract was worth $1990 and flight 2019 landed.'), [])
  assert.deepEqual(timexesOf('A 6-year-old girl and a 52-year-old man were hurt.'), [])
})

test('"second" as an ordinal and "a quarter of" as a fraction are not times', () => {
  assert.deepEqual(timexesOf('A second attack hit the second convoy.'), [])
  assert.deepEqual(timexesOf('Sylvania imports a quarter of its grain and three-quarters of its fuel.'), [])
})

test('"so far as", "up to date" and "as soon as" are not references to the present', () => {
  assert.deepEqual(timexesOf('So far as we know, the files are up to date and will move as soon as possible.'), [])
})

test('a season word used as a noun or verb is not a season', () => {
  assert.deepEqual(timexesOf('The fall of the capital was swift. Prices fall.'), [])
})

test('rates such as "$2 million a year" are not durations', () => {
  assert.deepEqual(timexesOf('The plan costs $2 million a year.'), [])
})

test('a capitalized "This Week" inside a sentence is a programme title', () => {
  assert.deepEqual(timexesOf('He told the show This Week that talks had failed.'), [])
})
