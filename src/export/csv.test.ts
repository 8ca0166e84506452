import { test } from 'node:test'
import assert from 'node:assert/strict'
import { safeCell, toCsv } from './csv.js'

test('writes a header and quotes cells holding commas, quotes and line breaks', () => {
  const csv = toCsv([{ a: 'The minister said, "no"', b: 'two\nlines' }], [['quote', (r) => r.a], ['note', (r) => r.b]])
  assert.equal(csv, 'quote,note\r\n"The minister said, ""no""","two\nlines"\r\n')
})

test('keeps spreadsheet formulas from article text as text', () => {
  assert.deepEqual(['=HYPERLINK("x")', '@SUM(A1)', '+1 more', '-3', '12', null].map(safeCell), ["'=HYPERLINK(\"x\")", "'@SUM(A1)", "'+1 more", '-3', '12', ''])
})
