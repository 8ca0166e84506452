import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorIn, dateIn, statementsOf } from './testing.js'

const times = (text: string, timexes: (t: string) => ReturnType<typeof dateIn>[]) =>
  statementsOf(text, { timexes, published: '2025-03-09' }).map((s) => JSON.stringify(s.time))

test('a date in the reporting clause dates the statement; one inside the content does not', () => {
  const text = 'On Tuesday, the ministry said that the strike happened on Monday.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'Tuesday', '2025-03-04'), dateIn(t, 'Monday', '2025-03-03')]), ['{"value":"2025-03-04"}'])
})

test('a present-tense cue is dated to publication', () => {
  assert.deepEqual(times('Analysts say the army is exhausted.', () => []), ['{"value":"2025-03-09"}'])
})

test('a duration with a past cue is bounded before the story anchor', () => {
  const text = 'Last Saturday the truce ended. For two decades, the ministry denied that troops were there.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'Last Saturday', '2025-03-01'), dateIn(t, 'two decades', 'P20Y', 'DURATION')]), [
    '{"before":"2025-03-01"}',
  ])
})

test('a duration that sizes a thing ("a two-hour meeting") does not bound the report', () => {
  const text = 'The talks ended on Sunday. After a two-hour meeting, the minister said the truce would hold.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'Sunday', '2025-03-09'), dateIn(t, 'two-hour', 'PT2H', 'DURATION')]), [
    '{"value":"2025-03-09"}',
  ])
})

test('"at the time" takes the week an earlier phrase named; a date in an aside after the content is the aside\'s', () => {
  const then = 'Ana Roe gave a speech six weeks ago, saying at the time she would withdraw troops.'
  assert.deepEqual(times(then, (t) => [dateIn(t, 'six weeks ago', '2025-W05'), dateIn(t, 'the time', '2025-W05')]), [
    '{"value":"2025-W05"}',
  ])
  const aside = 'The ministry condemned the raid, whose planning Kolvar alleged last week.'
  assert.deepEqual(times(aside, (t) => [dateIn(t, 'last week', '2025-W09')]), ['{"before":"2025-03-09"}'])
})

test('otherwise bounded by the last date told so far and publication', () => {
  const text = 'The truce ended on Monday. Later, the ministry reported that two soldiers were missing.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'Monday', '2025-03-03')]), ['{"after":"2025-03-03","before":"2025-03-09"}'])
})

test('"came only after X reported" bounds X before the earlier statement', () => {
  const text = 'On Sunday, the ministry revealed that 30 soldiers died. The statement came only after the army reported that many had died.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'On Sunday', '2025-03-02')]), ['{"value":"2025-03-02"}', '{"value":"2025-03-02"}'])
})

test('a past perfect cue ("had said") lies before the date of a later clause', () => {
  const text = 'The army, which had said repeatedly that no civilians died, admitted on Friday that three were killed.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'Friday', '2025-03-07')]), ['{"before":"2025-03-06"}', '{"value":"2025-03-07"}'])
  const own = 'The ministry had announced on Wednesday that four soldiers died, two days after the raid.'
  assert.deepEqual(times(own, (t) => [dateIn(t, 'Wednesday', '2025-03-05')]), ['{"value":"2025-03-05"}'])
})

test('a year or month told before is background, not a bound: the last day told is', () => {
  const text = 'On Monday rebels stormed the port, which they had held since 2019. The ministry reported that two soldiers were missing.'
  assert.deepEqual(times(text, (t) => [dateIn(t, 'Monday', '2025-03-03'), dateIn(t, '2019', '2019')]), ['{"after":"2025-03-03","before":"2025-03-09"}'])
})

test('the same speaker going on in the next sentence spoke on the day just told; another speaker did not', () => {
  const text = 'Ana Ruiz said on Thursday that the port would stay shut. "We will not move," Ruiz said. Tom Berg said the port was open.'
  const cast = (t: string) => [actorIn(t, 'p-ruiz', 'person', ['Ana Ruiz', 'Ruiz']), actorIn(t, 'p-berg', 'person', ['Tom Berg'])]
  const got = statementsOf(text, { actors: cast, timexes: (t) => [dateIn(t, 'Thursday', '2025-03-06')], published: '2025-03-09' })
  assert.deepEqual(got.map((s) => JSON.stringify(s.time)), [
    '{"value":"2025-03-06"}', '{"value":"2025-03-06"}', '{"after":"2025-03-06","before":"2025-03-09"}',
  ])
})
