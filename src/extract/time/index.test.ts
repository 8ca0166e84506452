import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timeOf } from './testing.js'

test('gives ids in text order, exact spans and the rule and resolution of each timex', () => {
  const text = 'Last Saturday, three years after the 2023 accord, the Sylvanian army withdrew.'
  const { timexes } = timeOf(text)
  assert.deepEqual(timexes.map((t) => [t.id, t.span.text, t.value, t.rule, t.resolved]), [
    ['t1', 'Last Saturday', '2026-01-03', 'weekday', 'publication'],
    ['t2', 'three years', 'P3Y', 'duration', 'absolute'],
    ['t3', '2023', '2023', 'year', 'absolute'],
  ])
  for (const t of timexes) assert.equal(text.slice(t.span.start, t.span.end), t.span.text)
})

test('without a publication date, relative expressions stay unresolved and warn', () => {
  const { timexes, warnings } = timeOf('On Sunday the ministry spoke; the pact of 2019 held.', null)
  assert.deepEqual(timexes.map((t) => `${t.span.text} ${t.value}`), ['Sunday XXXX-WXX-7', '2019 2019'])
  assert.deepEqual(warnings.map((w) => `${w.code} ${w.start}-${w.end} ${w.rule}`), ['unresolved_date 3-9 weekday'])
})
