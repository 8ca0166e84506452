import { createHash } from 'node:crypto'
import type { Extraction } from '../model/extraction.js'

/**
 * The stored form of an extraction. Every span's text is a slice of the document (STYLE.md pattern 1),
 * so the store keeps the document text once and each span's text as "" (loading puts the slice back).
 * An empty text is unambiguous: a span with `end > start` never had one. A span whose text is not its
 * slice keeps it; objects with offsets but no text (warnings) are left alone.
 */

type Stored = Omit<Extraction, 'document'> & { document: Omit<Extraction['document'], 'text'> }

const isOffsets = (o: Record<string, unknown>) => typeof o['start'] === 'number' && typeof o['end'] === 'number'

/** JSON of the extraction without the document text and without span texts that are their slice. */
export function compactExtraction(x: Extraction | Stored, text: string): string {
  const { text: _text, ...document } = x.document as Extraction['document']
  return JSON.stringify({ ...x, document }, function strip(this: unknown, _key, value: unknown) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const o = value as Record<string, unknown>
    if (!isOffsets(o) || o['text'] !== text.slice(o['start'] as number, o['end'] as number)) return value
    return (o['end'] as number) > (o['start'] as number) ? { ...o, text: '' } : o
  })
}

/** The extraction as it was before it was stored: document text and span texts back in place. */
export function expandExtraction(data: string, text: string): Extraction {
  const x = withSpanTexts(JSON.parse(data) as Stored, text)
  return { ...x, document: { ...x.document, text } }
}

/** Puts span texts back into a part of a stored extraction (one statement, say), in place. */
export function withSpanTexts<T>(value: T, text: string): T {
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object') return
    if (Array.isArray(v)) { for (const item of v) visit(item); return }
    const o = v as Record<string, unknown>
    if (o['text'] === '' && isOffsets(o)) o['text'] = text.slice(o['start'] as number, o['end'] as number)
    for (const key in o) visit(o[key])
  }
  visit(value)
  return value
}

/** The digest an extraction is stored with (extractions.digest): a hash of its stored JSON. */
export const digestOf = (data: string) => createHash('sha1').update(data).digest('base64')
