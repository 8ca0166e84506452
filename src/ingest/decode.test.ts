import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeBytes } from './decode.js'
import { InputError } from './errors.js'

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))))

test('decodes UTF-8 and drops a byte order mark', () => {
  assert.deepEqual(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Sylvania’s army'), 'a.txt'), { text: 'Sylvania’s army', replaced: 0 })
})

test('decodes UTF-16 files that start with their byte order mark', () => {
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Freedonia', 'utf16le')]), 'a.txt').text, 'Freedonia')
})

test('invalid UTF-8 is decoded with replacement characters and counted', () => {
  const decoded = decodeBytes(bytes('Caf', [0xe9], ' in Freedonia, ', [0xff], ' ok'), 'a.txt')
  assert.deepEqual(decoded, { text: 'Caf\uFFFD in Freedonia, \uFFFD ok', replaced: 2 })
})

test('a real U+FFFD in valid UTF-8 is not counted as damage', () => {
  assert.equal(decodeBytes(bytes('Sylvania \uFFFD', [0xff]), 'a.txt').replaced, 1)
})

test('NUL bytes or mostly undecodable bytes mean a binary file', () => {
  const code = (b: Buffer) => {
    try {
      decodeBytes(b, 'x.bin')
      return 'decoded'
    } catch (e) {
      return e instanceof InputError ? `${e.code}: ${e.message}` : String(e)
    }
  }
  assert.deepEqual([code(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), code(Buffer.from(Array.from({ length: 64 }, (_, i) => 0x80 + (i % 64))))], [
    'unsupported: x.bin: looks like a binary file (it contains NUL bytes), not text',
    'unsupported: x.bin: not readable as text (64 bytes are not valid UTF-8)',
  ])
})
