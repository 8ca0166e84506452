import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Extraction } from '../model/extraction.js'
import { spanAt } from '../model/span.js'
import { compactExtraction, expandExtraction } from './compact.js'

const text = 'The ministry said 12 sailors were missing.'
const x: Extraction = {
  document: { published: '2030-01-02', language: 'en', text },
  actors: [{ id: 'org-ministry', name: 'the ministry', type: 'organization', mentions: [{ ...spanAt(text, 0, 12), kind: 'description' }] }],
  statements: [{ id: 's1', speakers: ['org-ministry'], cue: spanAt(text, 13, 17), content: spanAt(text, 18, 41), mode: 'indirect', polarity: 'asserts', time: {}, rule: 't' }],
  timex: [], events: [], contradictions: [],
  warnings: [{ code: 'w', message: 'a warning points at offsets without a text', start: 0, end: 3 }],
  casualties: [{ id: 'k1', span: { start: 18, end: 41, text: 'not the slice' }, count: 12, group: 'sailors', status: 'missing', rule: 't' }],
}

test('stores the text once: spans keep their offsets and get their slice back on load', () => {
  const stored = compactExtraction(x, text)
  assert.ok(!stored.includes('sailors were missing'))
  assert.deepEqual(expandExtraction(stored, text), x)
})

test('a span whose text is not its slice keeps it; offsets without a text stay without', () => {
  const back = expandExtraction(compactExtraction(x, text), text)
  assert.equal(back.casualties[0]?.span.text, 'not the slice')
  assert.equal('text' in back.warnings[0]!, false)
})
