import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from './tokens.js'

const render = (text: string) => tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`).join(' ')

test('keeps inner hyphens, apostrophes and dots in a word, not a trailing dot', () => {
  assert.equal(render("Ruiz-Peña didn’t visit the U.S. mid-"), "Ruiz-Peña/word didn’t/word visit/word the/word U.S/word ./punct mid/word -/punct")
})

test('keeps separators and a letter suffix in a number', () => {
  assert.equal(render('1,200 troops, 3.5 km, at 10:30, the 3rd day 7.'), '1,200/number troops/word ,/punct 3.5/number km/word ,/punct at/word 10:30/number ,/punct the/word 3rd/number day/word 7/number ./punct')
})

test('reads doubled quote marks as one token', () => {
  assert.equal(render("``Go,'' she said '"), "``/punct Go/word ,/punct ''/punct she/word said/word '/punct")
})

test('reads combining marks, other numerals and characters outside the BMP', () => {
  assert.equal(render('Cafe\u0301 ٣٤ 😀!'), 'Cafe\u0301/word ٣٤/word 😀/punct !/punct')
})

test('skips every kind of space', () => {
  assert.equal(render('a\u00a0b\u2028c\td'), 'a/word b/word c/word d/word')
})
