import type { Token } from '../../model/annotations.js'
import type { Stage } from '../pipeline.js'

/*
 * Words keep inner hyphens, apostrophes and dots ("Ruiz-Peña", "U.S", "don’t"); numbers keep their
 * separators ("1,200", "3.5") and a letter suffix ("3rd"); the doubled marks wire copy types for quotes
 * (`` and '', as in the Penn Treebank) are one token each; anything else that is not space is one
 * punctuation token. As a regex:
 *   [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)* | \p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)? | `` | '' | [^\s\p{L}\p{N}]
 * It is scanned by hand, code point by code point: the regex made a match array per token, a fifth
 * of all the memory extraction allocated.
 */

const LETTER = 1
const MARK = 2
const NUMBER = 4
const SPACE = 8
const WORDLIKE = LETTER | MARK | NUMBER

// Sticky, so a class is tested in place without slicing out the character.
const UNICODE_CLASSES: readonly (readonly [RegExp, number])[] = [
  [/\p{L}/uy, LETTER], [/\p{M}/uy, MARK], [/\p{N}/uy, NUMBER], [/\s/uy, SPACE],
]

/** The classes of the code point at `i`: ASCII (most of news text) by code, other characters by Unicode property. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LETTER
    if (c >= 48 && c <= 57) return NUMBER
    return c === 32 || (c >= 9 && c <= 13) ? SPACE : 0
  }
  let classes = 0
  for (const [re, bit] of UNICODE_CLASSES) {
    re.lastIndex = i
    if (re.test(text)) classes |= bit
  }
  return classes
}

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return 1
  const next = text.charCodeAt(i + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/** Past the code points from `i` on that have one of the `classes`. */
function skipClass(text: string, i: number, classes: number): number {
  while (i < text.length && classAt(text, i) & classes) i += widthAt(text, i)
  return i
}

/** A separator joins two runs only when a run follows it ("U.S" but not "U.S."). */
function skipJoined(text: string, i: number, isSeparator: (c: number) => boolean, run: number): number {
  while (isSeparator(text.charCodeAt(i)) && i + 1 < text.length && classAt(text, i + 1) & run) i = skipClass(text, i + 1, run)
  return i
}

const isWordSeparator = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46
const isNumberSeparator = (c: number) => c === 46 || c === 44 || c === 58

/** Where the token starting at `i` ends, or -1 at a space. */
function tokenEnd(text: string, i: number): number {
  const classes = classAt(text, i)
  if (classes & (LETTER | MARK)) return skipJoined(text, skipClass(text, i, WORDLIKE), isWordSeparator, WORDLIKE)
  if (classes & NUMBER) return skipClass(text, skipJoined(text, skipClass(text, i, NUMBER), isNumberSeparator, NUMBER), LETTER)
  if (classes & SPACE) return -1
  const c = text.charCodeAt(i)
  if ((c === 96 || c === 39) && text.charCodeAt(i + 1) === c) return i + 2
  return i + widthAt(text, i)
}

const LETTER_OR_NUMBER = /[\p{L}\p{M}\p{N}]/u

/**
 * A token's kind from its first UTF-16 unit: an ASCII digit starts a number, a letter, mark or other
 * numeral a word, anything else is punctuation.
 */
function kindAt(text: string, i: number): Token['kind'] {
  const c = text.charCodeAt(i)
  if (c >= 48 && c <= 57) return 'number'
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'punct'
  return LETTER_OR_NUMBER.test(text[i]!) ? 'word' : 'punct'
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < text.length;) {
    const end = tokenEnd(text, i)
    if (end < 0) {
      i += widthAt(text, i)
      continue
    }
    tokens.push({ start: i, end, kind: kindAt(text, i) })
    i = end
  }
  return tokens
}

export const tokens: Stage<'tokens'> = {
  name: 'tokens',
  needs: [],
  adds: 'tokens',
  run: (doc) => tokenize(doc.text),
}
