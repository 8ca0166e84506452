import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('resolves a past-tense bare weekday to the most recent one', () => {
  assert.deepEqual(timexesOf('On Sunday, the Freedonian ministry announced the losses.'), [`'Sunday' DATE 2026-01-04`])
  assert.deepEqual(timexesOf('Protesters gathered outside the embassy Tuesday.'), [`'Tuesday' DATE 2026-01-06`])
})

test('resolves a future-tense bare weekday to the next one', () => {
  assert.deepEqual(timexesOf('The council will meet on Sunday.'), [`'Sunday' DATE 2026-01-11`])
})

test('"last" and "next" weekdays are strictly before and after publication', () => {
  assert.deepEqual(timexesOf('Last Saturday, the convoy was stopped.'), [`'Last Saturday' DATE 2026-01-03`])
  assert.deepEqual(timexesOf('The army left last Thursday.'), [`'last Thursday' DATE 2026-01-01`])
  assert.deepEqual(timexesOf('Talks resume next Monday.'), [`'next Monday' DATE 2026-01-12`])
})

test('a weekday naming the publication day is that day', () => {
  assert.deepEqual(timexesOf('The governor said Thursday that the roads were open.'), [`'Thursday' DATE 2026-01-08`])
})

test('a weekday with a part of the day is a TIME', () => {
  assert.deepEqual(timexesOf('Shelling resumed Sunday morning.'), [`'Sunday morning' TIME 2026-01-04TMO`])
})

test('day words resolve against the publication date', () => {
  assert.deepEqual(timexesOf('The mayor spoke yesterday and will return tomorrow; today the square is calm.'), [
    `'yesterday' DATE 2026-01-07`, `'tomorrow' DATE 2026-01-09`, `'today' DATE 2026-01-08`,
  ])
  assert.deepEqual(timexesOf('Two blasts were heard last night.'), [`'last night' TIME 2026-01-07TNI`])
})

test('"last week", "this month", "last year" are periods, not days', () => {
  assert.deepEqual(timexesOf('The border closed last week, this month prices rose, and last year exports fell.'), [
    `'last week' DATE 2026-W01`, `'this month' DATE 2026-01`, `'last year' DATE 2025`,
  ])
  assert.deepEqual(timexesOf('The decree was issued earlier this month.'), [`'earlier this month' DATE 2026-01`])
})

test('written on a Sunday, "last week" is the week ending that day', () => {
  // 2026-01-11 is the Sunday closing ISO week 2; the Saturday before it is still in week 2.
  assert.deepEqual(timexesOf('The ferry sank last week.', '2026-01-11'), [`'last week' DATE 2026-W02`])
  assert.deepEqual(timexesOf('The ferry sank last week.', '2026-01-10'), [`'last week' DATE 2026-W01`])
  assert.deepEqual(timexesOf('The ferry will sail next week.', '2026-01-11'), [`'next week' DATE 2026-W03`])
})

test('"ago" counts back from publication at the unit granularity', () => {
  assert.deepEqual(timexesOf('The bridge fell two weeks ago.'), [`'two weeks ago' DATE 2025-W52`])
  assert.deepEqual(timexesOf('The mine opened three years ago.'), [`'three years ago' DATE 2023`])
  assert.deepEqual(timexesOf('The camp was built 10 days ago.'), [`'10 days ago' DATE 2025-12-29`])
  assert.deepEqual(timexesOf('The feud began years ago.'), [`'years ago' DATE PAST_REF`])
})

test('"a year earlier" moves the last date the text anchored', () => {
  assert.deepEqual(timexesOf('Sales rose in the second quarter of 2025. A year earlier, they fell.'), [
    `'the second quarter of 2025' DATE 2025-Q2`, `'A year earlier' DATE 2024-Q2`,
  ])
})

test('in a company report "a year ago" is the same quarter a year before', () => {
  assert.deepEqual(timexesOf('Net profit in the fourth quarter of 2025 rose from $3 million a year ago.'), [
    `'the fourth quarter of 2025' DATE 2025-Q4`, `'a year ago' DATE 2024-Q4`,
  ])
  assert.deepEqual(timexesOf('The mill closed a year ago.'), [`'a year ago' DATE 2025`])
})

test('"a month earlier than usual" is a duration, not a shifted date', () => {
  assert.deepEqual(timexesOf('The rains came a month earlier than usual.'), [`'a month' DURATION P1M`])
})
