import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dropOverlaps } from './overlaps.js'
import { draftAt } from '../types.js'

const d = (start: number, end: number, rule: string) => draftAt(start, end, { type: 'DATE', value: 'X', rule })

test('the longest draft wins, and on equal spans the rule listed first', () => {
  const kept = dropOverlaps([d(5, 13, 'weekday'), d(0, 13, 'weekday'), d(20, 24, 'duration'), d(20, 24, 'set')], ['set', 'weekday', 'duration'])
  assert.deepEqual(kept.map((k) => `${k.start}-${k.end} ${k.rule}`), ['0-13 weekday', '20-24 set'])
})
