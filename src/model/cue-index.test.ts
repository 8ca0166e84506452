import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Statement } from './annotations.js'
import { cuesWithin } from './cue-index.js'
import { randomSpans, seeded } from '../../test/helpers/seeded.js'

const statement = (id: string, [start, end]: [number, number]): Statement => ({
  id, speakers: ['gov-vd'], cue: { start, end, text: '' }, content: { start: end, end: end + 10, text: '' },
  mode: 'indirect', polarity: 'asserts', time: {}, rule: 'test',
})

test('lists the statements cued inside a range, in their own order, as a scan does', () => {
  const statements = randomSpans(seeded(4), 50, 400, 8).map((span, k) => statement(`s${k}`, span))
  const within = cuesWithin(statements)
  for (let start = 0; start < 420; start += 2) {
    const end = start + 30
    const scan = statements.filter((t) => t.cue.start >= start && t.cue.end <= end).map((t) => t.id)
    assert.deepEqual(within(start, end).map((t) => t.id), scan)
  }
})
