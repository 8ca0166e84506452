import { test } from 'node:test'
import assert from 'node:assert/strict'
import { segmented } from '../../../test/helpers/doc.js'
import { MAX_SENTENCE_TOKENS } from './sentences.js'

const sentencesOf = (text: string) => segmented(text).sentences.map((s) => text.slice(s.start, s.end))

test('splits sentences at full stops followed by a capital', () => {
  assert.deepEqual(sentencesOf('The army withdrew. Officials said nothing.'), ['The army withdrew.', 'Officials said nothing.'])
})

test('keeps titles and initials inside the sentence', () => {
  assert.deepEqual(sentencesOf('Gen. Ana Ruiz met Mr. J. Olsen in the U.S. capital. They spoke.'), [
    'Gen. Ana Ruiz met Mr. J. Olsen in the U.S. capital.',
    'They spoke.',
  ])
})

test('keeps a closing quote with the sentence it ends', () => {
  assert.deepEqual(sentencesOf('She said: “We will stay.” The talks ended.'), ['She said: “We will stay.”', 'The talks ended.'])
})

test('a straight quote after a space opens the next sentence', () => {
  assert.deepEqual(sentencesOf('They denied it. "We were not there," he said.'), ['They denied it.', '"We were not there," he said.'])
})

test('a paragraph break always ends a sentence', () => {
  assert.deepEqual(sentencesOf('Title without stop\n\nBody starts here.'), ['Title without stop', 'Body starts here.'])
})

test('does not split on a full stop followed by a lower-case word', () => {
  assert.deepEqual(sentencesOf('He paid 3.5 million vs. the 2.1 asked. Done.'), ['He paid 3.5 million vs. the 2.1 asked.', 'Done.'])
})

test('finds curly and straight quotes, and closes one left open at the paragraph end', () => {
  const text = 'He said "no deal" and “never again”.\n\n“We will return, she added.\n\n“Later,” he said.'
  const q = segmented(text).quotes.map((x) => `${x.inner.text}${x.open ? ' (open)' : ''}`)
  assert.deepEqual(q, ['no deal', 'never again', 'We will return, she added. (open)', 'Later,'])
})

test('an apostrophe is not a quote', () => {
  assert.deepEqual(segmented('The country’s army and the rebels’ camp.').quotes, [])
})

test('every token is a slice of the text with a kind', () => {
  const doc = segmented('Ruiz-Peña’s team lost 1,200 men.')
  assert.deepEqual(doc.tokens.map((t) => `${doc.text.slice(t.start, t.end)}/${t.kind[0]}`), ['Ruiz-Peña’s/w', 'team/w', 'lost/w', '1,200/n', 'men/w', './p'])
})

test("pairs doubled apostrophes as quote marks, as wire copy types them", () => {
  const q = segmented("The envoy called it ''a fair offer'' and left. Don''t worry.").quotes.map((x) => x.span.text)
  assert.deepEqual(q, ["''a fair offer''"])
})

test('closes a curly opening quote on a straight mark', () => {
  const q = segmented('She found “no trace of the convoy" near the border.').quotes.map((x) => x.inner.text)
  assert.deepEqual(q, ['no trace of the convoy'])
})

test('pairs Penn Treebank quote marks, and a second `` before any closing ends the first quotation open', () => {
  const text = "The envoy said ``talks will go on.'' He added: ``We are ready. ``Nothing has changed.''"
  const q = segmented(text).quotes.map((x) => `${x.inner.text}${x.open ? ' (open)' : ''}`)
  assert.deepEqual(q, ['talks will go on.', 'We are ready. (open)', 'Nothing has changed.'])
  assert.deepEqual(sentencesOf(text), ["The envoy said ``talks will go on.''", 'He added: ``We are ready.', "``Nothing has changed.''"])
})

test('"no." ends a sentence unless a number follows, and "U.S." ends one before a sentence opener', () => {
  assert.deepEqual(sentencesOf('Asked about a truce, the minister said no. Talks ended.'), ['Asked about a truce, the minister said no.', 'Talks ended.'])
  assert.deepEqual(sentencesOf('Team No. 12 left. It rained.'), ['Team No. 12 left.', 'It rained.'])
  assert.deepEqual(sentencesOf('He flew to the U.S. The talks began. U.S. Marines waited.'), ['He flew to the U.S.', 'The talks began.', 'U.S. Marines waited.'])
})

test('cuts a run of words with no full stop after MAX_SENTENCE_TOKENS, at a comma in its second half', () => {
  const clause = 'the column moved north, '
  const text = `${clause.repeat(200)}and stopped.`
  const sentences = segmented(text).sentences
  assert.ok(sentences.every((s) => s.endToken - s.firstToken <= MAX_SENTENCE_TOKENS))
  assert.ok(sentences.length > 1)
  assert.ok(sentences.slice(0, -1).every((s) => text.slice(s.start, s.end).endsWith('north,')))
  assert.equal(sentences.map((s) => text.slice(s.start, s.end)).join(' '), text)
})

test('cuts a run with no comma at all right at MAX_SENTENCE_TOKENS', () => {
  const text = 'word '.repeat(MAX_SENTENCE_TOKENS * 2 + 10)
  assert.deepEqual(segmented(text).sentences.map((s) => s.endToken - s.firstToken), [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 10])
})
