import type { Document, DocumentFormat } from '../model/document.js'
import { toIsoDate } from './dates.js'
import { InputError, type InputWarning } from './errors.js'
import { normalizeText } from './identity.js'
import { detectLanguage } from './language.js'

/** What a reader found, before the dispatcher applies metadata flags and defaults. */
export interface Draft {
  readonly text: string
  readonly format: DocumentFormat
  readonly origin: string
  /** How messages name this input: "a.txt", "batch.jsonl:3", "feed.xml item 2". */
  readonly where: string
  readonly line?: number
  /** The publication date as the source wrote it; parsed (and warned about) in one place, below. */
  readonly dateText?: string
  readonly title?: string
  readonly outlet?: string
  readonly url?: string
  readonly language?: string
}

export interface Metadata {
  readonly published?: string
  readonly outlet?: string
  readonly url?: string
  readonly title?: string
  readonly language?: string
}

export const DEFAULT_LANGUAGE = 'en'

/** Formats that hold one document, which the metadata flags describe. */
export const PLAIN_FORMATS: ReadonlySet<DocumentFormat> = new Set(['text', 'markdown', 'html'])

/**
 * Draft → Document: metadata from `given` wins over what the draft found, the text is normalized
 * (identity.ts), and an empty text is an error. A missing or unreadable date is a warning, not an error:
 * the document is still useful, only its relative dates stay unresolved.
 */
export function finishDraft(draft: Draft, given: Metadata = {}): { document: Document; warnings: Omit<InputWarning, 'doc'>[] } {
  const text = normalizeText(draft.text)
  if (text.trim() === '') throw new InputError('empty', draft.origin, `${draft.where}: no text to ingest`, draft.line)
  const warnings: Omit<InputWarning, 'doc'>[] = []
  const published = given.published ?? toIsoDate(draft.dateText?.trim())
  if (published === null) {
    const found = draft.dateText?.trim() ? `the date "${draft.dateText.trim()}" could not be read` : 'no publication date'
    warnings.push({
      code: 'no_published_date',
      origin: draft.origin,
      message: `${draft.where}: ${found}; relative dates cannot be resolved${PLAIN_FORMATS.has(draft.format) ? ' (pass --published YYYY-MM-DD)' : ''}`,
      rule: `ingest.${draft.format}`,
    })
  }
  const pick = (key: 'title' | 'outlet' | 'url') => clean(given[key]) ?? clean(draft[key])
  const document: Document = {
    text,
    published,
    language: languageTag(given.language ?? draft.language) ?? detectLanguage(text) ?? DEFAULT_LANGUAGE,
    ...optional('outlet', pick('outlet')),
    ...optional('title', pick('title')),
    ...optional('url', pick('url')),
    origin: draft.origin,
    format: draft.format,
  }
  return { document, warnings }
}

/** "en-GB", "EN_us" → "en": the pipeline's rules are chosen by primary language only. */
export function languageTag(value: string | undefined): string | undefined {
  const m = value ? /^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)/.exec(value) : null
  return m ? m[1]!.toLowerCase() : undefined
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim()
  return v ? v : undefined
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string }
}
