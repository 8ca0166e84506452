import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extractDocument } from '../src/extract/extract.js'
import { MAX_SENTENCE_TOKENS } from '../src/extract/segment/sentences.js'
import { buildPipeline } from '../src/extract/pipeline.js'
import { paragraphs } from '../src/extract/segment/paragraphs.js'
import { sentences } from '../src/extract/segment/sentences.js'
import { tokens } from '../src/extract/segment/tokens.js'
import { DEFAULT_LIMITS } from '../src/limits.js'
import { docOf } from './helpers/doc.js'
import * as shapes from './helpers/adversarial-shapes.js'

// Hostile shapes (issue 12) are bounded by counting, never by a clock: every sentence is short enough that
// a scan within it is bounded, the output grows with the input and no faster, and a text over the limit is
// refused before any stage reads it. `npm run bench -- --adversarial` reports the times.
const SHAPES: readonly [string, (n: number) => string, number][] = [
  ['long article', shapes.longArticle, 30_000],
  ['one sentence', shapes.oneSentence, 30_000],
  ['numbers', shapes.manyNumbers, 4_000],
  ['date words', shapes.dateWords, 6_000],
  ['quote marks', shapes.quoteMarks, 8_000],
  ['quotation pairs', shapes.quotePairs, 600],
]

const extract = (text: string) => extractDocument({ text, published: '2026-03-02', language: 'en', format: 'text' })
/** What extraction wrote: the JSON of everything but the text itself. */
const outputSize = (text: string) => JSON.stringify({ ...extract(text), document: undefined }).length
const segment = buildPipeline([tokens, paragraphs, sentences])

for (const [name, make, n] of SHAPES) {
  test(`${name}: no sentence runs past MAX_SENTENCE_TOKENS`, () => {
    const doc = segment.run(docOf(make(4 * n)))
    assert.ok(doc.sentences.every((s) => s.endToken - s.firstToken <= MAX_SENTENCE_TOKENS))
  })

  test(`${name}: twice the input gives at most about twice the output`, () => {
    const [small, large] = [outputSize(make(n)), outputSize(make(2 * n))]
    assert.ok(large <= 2.3 * small + 2_000, `${small} -> ${large}`)
    assert.ok(large <= 40 * make(2 * n).length, `${large} for ${make(2 * n).length} characters`)
  })
}

test('no statement content is re-read per statement: contents together are at most the text twice over', () => {
  for (const [, make, n] of SHAPES) {
    const text = make(n)
    const total = extract(text).statements.reduce((sum, s) => sum + s.content.end - s.content.start, 0)
    assert.ok(total <= 2 * text.length, `${total} for ${text.length}`)
  }
})

test('a hostile text over the default document limit is refused before it is segmented', () => {
  const text = shapes.oneSentence(DEFAULT_LIMITS.maxDocumentBytes + 1)
  assert.throws(() => extract(text), /over the limit maxDocumentBytes/)
})
