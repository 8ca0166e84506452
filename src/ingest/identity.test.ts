import { test } from 'node:test'
import assert from 'node:assert/strict'
import { contentHash, normalizeText } from './identity.js'

test('normalizes to NFC, \\n line endings and no trailing spaces, and nothing else', () => {
  assert.equal(normalizeText('\n\nCafe\u0301 opens  \r\nin  Sylvania\t\r\rToday.\n\n'), 'Café opens\nin  Sylvania\n\nToday.')
})

test('the same article with other line endings, composition or trailing spaces has one hash', () => {
  const hash = contentHash('Freedonia votes.\n\nThe café opened.')
  assert.equal(contentHash('Freedonia votes. \r\n\r\nThe cafe\u0301 opened.\r\n'), hash)
  assert.match(hash, /^[0-9a-f]{64}$/)
})

test('a change in the words changes the hash', () => {
  assert.notEqual(contentHash('Freedonia votes.'), contentHash('Freedonia  votes.'))
  assert.notEqual(contentHash('Freedonia votes.'), contentHash('Sylvania votes.'))
})
