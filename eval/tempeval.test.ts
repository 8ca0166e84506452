import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compareDocument, summarize } from './tempeval.js'
import { parseTimeML } from './timeml.js'

const TML = `<?xml version="1.0" ?><TimeML>
<DOCID>demo_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-01-08" functionInDocument="CREATION_TIME">January 8, 2026</TIMEX3></DCT>
<TEXT>
Troops left <TIMEX3 tid="t1" type="DATE" value="2026-01-04">Sunday morning</TIMEX3> &amp; returned <TIMEX3 tid="t2" type="DURATION" value="P2D" mod="MORE_THAN">more than two days</TIMEX3> later.
</TEXT>
</TimeML>`

test('reads the DCT, strips tags and entities, and keeps gold offsets into the plain text', () => {
  const doc = parseTimeML(TML)
  assert.equal(doc.id, 'demo_1')
  assert.equal(doc.dct, '2026-01-08')
  assert.equal(doc.text, '\nTroops left Sunday morning & returned more than two days later.\n')
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.mod]), [
    ['Sunday morning', 'DATE', '2026-01-04', undefined],
    ['more than two days', 'DURATION', 'P2D', 'MORE_THAN'],
  ])
})

test('counts strict and relaxed matches and compares attributes on relaxed matches only', () => {
  const doc = parseTimeML(TML)
  const at = (s: string) => doc.text.indexOf(s)
  const system = [
    { start: at('Sunday'), end: at('Sunday') + 6, type: 'DATE', value: '2026-01-04' },
    { start: at('two days'), end: at('two days') + 8, type: 'DURATION', value: 'P3D' },
    { start: at('Troops'), end: at('Troops') + 6, type: 'DATE', value: 'PRESENT_REF' },
  ]
  const errors: string[] = []
  const c = compareDocument(doc.text, doc.timexes, system, errors)
  assert.deepEqual(c, { gold: 2, system: 3, strict: 0, relaxed: 2, typeCorrect: 2, valueCorrect: 1 })
  assert.equal(errors.filter((e) => e.startsWith('false')).length, 1)
})

test('micro-averages: value F1 is relaxed F1 times value accuracy', () => {
  const s = summarize('platinum', 2, [
    { gold: 2, system: 3, strict: 0, relaxed: 2, typeCorrect: 2, valueCorrect: 1 },
    { gold: 2, system: 1, strict: 1, relaxed: 1, typeCorrect: 1, valueCorrect: 1 },
  ])
  assert.equal(s.relaxed.precision, 3 / 4)
  assert.equal(s.relaxed.recall, 3 / 4)
  assert.equal(s.strict.f1, 0.25)
  assert.equal(s.valueF1, 0.75 * (2 / 3))
  assert.equal(s.typeF1, 0.75)
})
