import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { overlaps, overlapsAnyOf } from './span.js'

test('overlapsAnyOf: a span overlapping none, one, or one hidden behind a long earlier span', () => {
  const taken = overlapsAnyOf([{ start: 10, end: 12 }, { start: 0, end: 40 }, { start: 50, end: 55 }])
  assert.equal(taken(20, 25), true) // inside the long span only
  assert.equal(taken(41, 50), false) // touching ends do not overlap
  assert.equal(taken(54, 60), true)
  assert.equal(overlapsAnyOf([])(0, 10), false)
})

test('overlapsAnyOf answers as checking every span does', () => {
  const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, len]) => ({ start, end: start + len }))
  fc.assert(fc.property(fc.array(span, { maxLength: 40 }), span, (spans, probe) => {
    assert.equal(overlapsAnyOf(spans)(probe.start, probe.end), spans.some((s) => overlaps(s, probe)))
  }))
})
