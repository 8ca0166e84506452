import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { extractDocument } from '../src/extract/extract.js'

// Pieces of our own articles (the invented corpus and the bundled samples), shuffled and cut at random.
const dirs = ['fixtures/corpus/', 'fixtures/es/', '../samples/'].map((d) => fileURLToPath(new URL(d, import.meta.url)))
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => readFileSync(d + f, 'utf8')))
const sentences = texts.flatMap((t) => t.split(/(?<=[.!?”"])\s+/)).filter((s) => s.length > 0)
const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))]
const noise = ['“', '”', '"', "'", '’', '—', '―', '-', '\n', '\n\n', '(', ')', ':', ';', ',', '.', '12', '0', 'at least 31',
  'dozens', 'last Monday', 'on 3 May', 'two days after the raid', 'at the time', 'said', 'denied', 'according to', 'A spokesman',
  '«', '»', 'según', 'negó que', 'el pasado domingo', 'hace dos días', 'ningún soldado', 'decenas de', 'Según el ministerio,', '—afirmó']

const piece = fc.oneof(fc.constantFrom(...sentences), fc.constantFrom(...words), fc.constantFrom(...noise), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }))
const article = fc.array(piece, { minLength: 1, maxLength: 40 }).map((ps) => ps.join(' '))
const language = fc.constantFrom('en', 'es')
const published = fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null })

/** Every `{ start, end, text }` in the output is the very slice of the document text it claims. */
function checkSpans(value: unknown, text: string): void {
  if (Array.isArray(value)) return value.forEach((v) => checkSpans(v, text))
  if (!value || typeof value !== 'object') return
  const o = value as Record<string, unknown>
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['text'] === 'string') {
    assert.equal(o['text'], text.slice(o['start'], o['end']))
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'document') checkSpans(v, text)
}

test('extraction never throws on shuffled, cut and noisy article text in either language, and every span is its slice of the text', () => {
  fc.assert(fc.property(article, published, language, (text, date, lang) => {
    const x = extractDocument({ text, published: date, language: lang, format: 'text' })
    checkSpans(x, text)
  }), { numRuns: 300, seed: 20261125 })
})
