import { test } from 'node:test'
import assert from 'node:assert/strict'
import { headlineOf, readText } from './text.js'

test('takes a short first line followed by a blank line as the title', () => {
  const draft = readText('Freedonia closes its embassy\n\nThe foreign ministry said the embassy would close.', 'a.txt')
  assert.equal(draft.title, 'Freedonia closes its embassy')
})

test('keeps the stored text exactly as read, headline included', () => {
  const text = 'Freedonia closes its embassy\r\n\r\nThe ministry said so.  \n'
  assert.equal(readText(text, 'a.txt').text, text)
})

test('a first line that reads like a sentence or caption is not a title', () => {
  assert.deepEqual(
    [
      'The ministry said it would close the embassy.\n\nMore text.',
      'Freedonia closes its embassy\nThe ministry said so.',
      'according to officials\n\nMore text.',
      `${'A very long caption that goes on '.repeat(5)}\n\nMore text.`,
      'Who will pay for the floods?\n\nMore text.',
      'One paragraph only',
    ].map(headlineOf),
    [undefined, undefined, undefined, undefined, undefined, undefined],
  )
})
