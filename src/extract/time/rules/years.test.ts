import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('a year keeps year granularity, with its modifier', () => {
  assert.deepEqual(timexesOf('The dam was built in 2019 by Sylvanian engineers.'), [`'2019' DATE 2019`])
  assert.deepEqual(timexesOf('Output fell in mid-2023.'), [`'mid-2023' DATE 2023 MID`])
})

test('decades and centuries keep their own granularity', () => {
  assert.deepEqual(timexesOf('The border was drawn in the 1990s.'), [`'the 1990s' DATE 199`])
  assert.deepEqual(timexesOf('The fort dates from the 18th century.'), [`'the 18th century' DATE 17`])
})

test('reads quarters, placing a bare one in the latest such quarter', () => {
  assert.deepEqual(timexesOf('Exports rose in the third quarter.'), [`'the third quarter' DATE 2025-Q3`])
  assert.deepEqual(timexesOf('Revenue fell in Q1 2025.'), [`'Q1 2025' DATE 2025-Q1`])
})

test('a season needs a modifier, a year or a preposition', () => {
  assert.deepEqual(timexesOf('The offensive began last summer.'), [`'last summer' DATE 2025-SU`])
  assert.deepEqual(timexesOf('A ceasefire was agreed in autumn 2024.'), [`'autumn 2024' DATE 2024-FA`])
})

test('"the year" is the year the text is about; "the year ended" a one-year duration', () => {
  assert.deepEqual(timexesOf('Profit in 2024 rose. For the full year, sales fell.'), [`'2024' DATE 2024`, `'the full year' DATE 2024`])
  assert.deepEqual(timexesOf('Revenue for the year ended March 31 rose.'), [`'the year' DURATION P1Y`, `'March 31' DATE 2025-03-31`])
})

test('reads years said aloud', () => {
  assert.deepEqual(timexesOf('It happened in nineteen ninety-six, he recalled.'), [`'nineteen ninety-six' DATE 1996`])
})

test('a short decade takes the nearer century', () => {
  assert.deepEqual(timexesOf('The port boomed in the ’90s.'), [`'the ’90s' DATE 199`])
})

test('a capital that starts the sentence or follows the year does not make it a name', () => {
  assert.deepEqual(timexesOf('A 2021 decree closed the mines.'), [`'2021' DATE 2021`])
  assert.deepEqual(timexesOf('Sylvania hosted the 2016 Games and Orion 1980 went bankrupt.'), [`'2016' DATE 2016`])
})

test('a quarter "of last year" and the final quarter', () => {
  assert.deepEqual(timexesOf('In the first quarter of last year, losses grew; the final quarter of 2024 was better.'), [
    `'the first quarter of last year' DATE 2025-Q1`, `'the final quarter of 2024' DATE 2024-Q4`,
  ])
})

test('a season inside a quotation takes the quotation’s tense, not the report’s', () => {
  assert.deepEqual(timexesOf('“The farms will not be abandoned this summer,” the mayor said.'), [`'this summer' DATE 2025-SU`])
  assert.deepEqual(timexesOf("``The farms will not be abandoned this summer,'' the mayor said."), [`'this summer' DATE 2025-SU`])
})
