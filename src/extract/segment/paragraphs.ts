import type { Paragraph } from '../../model/annotations.js'
import type { Stage } from '../pipeline.js'

/**
 * Blank lines separate paragraphs when the text has any; otherwise every line is one
 * (feeds and JSONL bodies often come one paragraph a line).
 */
export function findParagraphs(text: string): Paragraph[] {
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g
  const paragraphs: Paragraph[] = []
  let from = 0
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++
    while (end > start && /\s/.test(text[end - 1]!)) end--
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length })
  }
  for (const m of text.matchAll(separator)) {
    push(from, m.index)
    from = m.index + m[0].length
  }
  push(from, text.length)
  return paragraphs
}

export const paragraphs: Stage<'paragraphs'> = {
  name: 'paragraphs',
  needs: [],
  adds: 'paragraphs',
  run: (doc) => findParagraphs(doc.text),
}
