import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeEntities } from './entities.js'

test('decodes named and numeric references from the full HTML table', () => {
  assert.equal(decodeEntities('Ruiz&rsquo;s &ldquo;plan&rdquo; &mdash; caf&eacute; &#8217; &#x41;'), 'Ruiz’s “plan” — café ’ A')
})

test('leaves an ampersand that opens no closed reference as written', () => {
  assert.equal(decodeEntities('AT&T and R&D; &amp without a semicolon'), 'AT&T and R&D; &amp without a semicolon')
})
