import type { Draft } from './draft.js'

// A headline: one short line, no sentence-final punctuation, then a blank line. Conservative on purpose:
// a lead sentence or a photo caption taken for a title would be worse than no title.
const HEADLINE = /^([^\n]{3,120})\n[ \t]*\n/
const MAX_HEADLINE_WORDS = 16
const ENDS_LIKE_SENTENCE = /[.!?…:;,]["'”’)\]]*$/

/** Plain text: stored as it is; the first line becomes the title only when it clearly is a headline. */
export function readText(text: string, origin: string): Draft {
  const title = headlineOf(text)
  return { text, format: 'text', origin, where: origin, ...(title ? { title } : {}) }
}

export function headlineOf(text: string): string | undefined {
  const m = HEADLINE.exec(text.replace(/^\uFEFF?\s*\n/, ''))
  const line = m?.[1]?.trim()
  if (!line || ENDS_LIKE_SENTENCE.test(line)) return undefined
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(line)) return undefined
  return line.split(/\s+/).length <= MAX_HEADLINE_WORDS ? line : undefined
}
