import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from './testing.js'

// Words that look like time expressions but are not, in sentences we wrote: each must yield nothing.
const CASES: readonly (readonly [string, string])[] = [
  ['"may" the modal and "March" the verb are not months', 'Officials may leave. Veterans march through Fredonia. May we ask?'],
  ['a month name inside a person’s name is not a month', 'Theresa May spoke to Ambassador Tom April.'],
  ['a weekday in a newspaper name is not a date', 'The Sunday Times quoted a Freedonian diplomat.'],
  ['counts are not years', 'More than 2000 troops and 1,500 police were deployed.'],
  ['money and flight numbers are not years', 'The contract was worth $1990 and flight 2019 landed.'],
  ['ages are not durations', 'A 6-year-old girl and a 52-year-old man were hurt.'],
  ['"second" as an ordinal is not a unit', 'A second attack hit the second convoy.'],
  ['"a quarter of" is a fraction', 'Sylvania imports a quarter of its grain and three-quarters of its fuel.'],
  ['"so far as", "up to date" and "as soon as" are not the present', 'So far as we know, the files are up to date and will move as soon as possible.'],
  ['"fall" as a noun or verb is not a season', 'The fall of the capital was swift. Prices fall.'],
  ['a rate such as "$2 million a year" is not a duration', 'The plan costs $2 million a year.'],
  ['a capitalized "This Week" inside a sentence is a programme title', 'He told the show This Week that talks had failed.'],
  ['"then" for sequence or condition is not a time', 'If the army leaves, then the talks resume; they met and then left.'],
]

for (const [behaviour, text] of CASES) {
  test(behaviour, () => assert.deepEqual(timexesOf(text), []))
}
