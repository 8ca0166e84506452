import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { LedgerEvent, LedgerStatement } from '../model/ledger.js'
import { timelineOf } from './timeline.js'
import { evidenceOf, figureOf } from './testing.js'
import { showTime } from '../claims/time-span.js'

const span = (text: string) => ({ start: 0, end: text.length, text })
const statement = (id: string, time: LedgerStatement['time'], published: string): LedgerStatement => ({
  id, key: `d1/${id}`, docId: 'd1', speakers: ['gov-pe'], cue: span('said'), content: span(`content of ${id}`), mode: 'indirect',
  polarity: 'asserts', time, rule: 't', evidence: evidenceOf(id, `content of ${id}`, published),
})
const raid: LedgerEvent = { id: 'ev1', kind: 'military operation', summary: 'the raid', date: '2030-05-03', actors: ['gov-pe'], targets: [], mentions: [evidenceOf('ev1', 'the raid')], members: ['d1/ev1'] }

test('entries follow the time of the statement, not of the article; uncertain dates stay intervals', () => {
  const entries = timelineOf(
    [statement('s1', { value: '2030-05-06' }, '2030-05-06'), statement('s2', { value: '2029-04' }, '2030-05-07'), statement('s3', {}, '2030-05-05')],
    [raid], [figureOf('d1/k9', 7, undefined, '2030-05-04')],
  )
  assert.deepEqual(entries.map((e) => `${showTime(e.time)} ${e.kind} ${e.key}`), [
    '2029-04 statement d1/s2', '2030-05-03 event ev1', '2030-05-04 casualty d1/k9', 'before 2030-05-05 statement d1/s3', '2030-05-06 statement d1/s1',
  ])
})

test('a figure carried by a statement is shown once, as that statement', () => {
  const entries = timelineOf([statement('s1', { value: '2030-05-06' }, '2030-05-06')], [], [{ ...figureOf('d1/k1', 7, 'gov-pe', '2030-05-06'), statement: 'd1/s1' }])
  assert.deepEqual(entries.map((e) => e.key), ['d1/s1'])
})
