import { test } from 'node:test'
import assert from 'node:assert/strict'
import { segmented } from '../../../test/helpers/doc.js'

const viewOf = (text: string) => segmented(text).view

test('gives each token its lower-case form, stem and capitalisation', () => {
  const v = viewOf('The Ministry’s spokesman said “no troops were sent.”')
  assert.equal(v.word(1), 'Ministry’s')
  assert.equal(v.lower(1), 'ministry’s')
  assert.equal(v.stem(1), 'ministry')
  assert.equal(v.isPossessive(1), true)
  assert.equal(v.isCapitalized(1), true)
  assert.equal(v.isCapitalized(2), false)
})

test('answers an empty word, false or -1 out of range', () => {
  const v = viewOf('Troops left.')
  for (const i of [-1, v.size, v.size + 5]) {
    assert.equal(v.lower(i), '')
    assert.equal(v.stem(i), '')
    assert.equal(v.isCapitalized(i), false)
    assert.equal(v.sentenceOf(i), -1)
    assert.equal(v.quoteOf(i), -1)
    assert.equal(v.sentenceAt(i), undefined)
  }
  assert.equal(v.textOf(2, 1), '')
})

test('knows the sentence, paragraph and quotation of every token', () => {
  const text = 'Rain fell. She said: “We stay here.”\n\nThey left.'
  const v = viewOf(text)
  const at = (word: string) => v.tokens.findIndex((t) => text.slice(t.start, t.end) === word)
  assert.deepEqual([v.sentenceOf(at('Rain')), v.sentenceOf(at('She')), v.sentenceOf(at('They'))], [0, 1, 2])
  assert.deepEqual([v.paragraphOf(at('She')), v.paragraphOf(at('They'))], [0, 1])
  assert.equal(v.quoteOf(at('stay')), 0)
  assert.equal(v.quoteOf(at('said')), -1)
})

test('finds the token at a character offset', () => {
  const v = viewOf('Troops crossed the river.')
  assert.equal(v.tokenAt(0), 0)
  assert.equal(v.tokenAt(8), 1)
  assert.equal(v.tokenAt(6), 1)
  assert.equal(v.textOf(1, 3), 'crossed the')
})
