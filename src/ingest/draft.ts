import type { Document, DocumentFormat } from '../model/document.js'
import { looksLikeDate, toIsoDate } from './dates.js'
import { InputError, type InputWarning } from './errors.js'
import { DATE_PROBLEM, fieldMessage, isWebUrl, LANGUAGE_PROBLEM, LanguageCode, primaryLanguage, PublishedDate } from '../fields.js'
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
 * the document is still useful, only its relative dates stay unresolved. A date that is written as one
 * but is no real day ("2026-02-30"), or a language we have no rules for, refuses the document; a URL
 * that is not http(s) is dropped with a warning (fields.ts).
 */
export function finishDraft(draft: Draft, given: Metadata = {}): { document: Document; warnings: Omit<InputWarning, 'doc'>[] } {
  const text = normalizeText(draft.text)
  if (text.trim() === '') throw new InputError('empty', draft.origin, `${draft.where}: no text to ingest`, draft.line)
  const warnings: Omit<InputWarning, 'doc'>[] = []
  const published = given.published ?? publishedOf(draft)
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
  const url = pick('url')
  const safeUrl = url !== undefined && isWebUrl(url) ? url : undefined
  if (url !== undefined && safeUrl === undefined) {
    warnings.push({
      code: 'unsafe_url', origin: draft.origin, rule: `ingest.${draft.format}`,
      message: `${draft.where}: ${fieldMessage('url', 'dropped, only http(s) addresses are kept', url)}`,
    })
  }
  const document: Document = {
    text,
    published,
    language: languageOf(given.language ?? draft.language, draft) ?? detectLanguage(text) ?? DEFAULT_LANGUAGE,
    ...optional('outlet', pick('outlet')),
    ...optional('title', pick('title')),
    ...optional('url', safeUrl),
    origin: draft.origin,
    format: draft.format,
  }
  return { document, warnings }
}

/** The day a source states; a value written as a date that is no real day, or out of range, is refused. */
function publishedOf(draft: Draft): string | null {
  const raw = draft.dateText?.trim()
  if (!raw) return null
  const date = toIsoDate(raw)
  if (date === null ? !looksLikeDate(raw) : PublishedDate.safeParse(date).success) return date
  throw new InputError('bad_input', draft.origin, `${draft.where}: ${fieldMessage('published', DATE_PROBLEM, raw)}`, draft.line)
}

// "Undetermined", "multiple" and "no linguistic content" say nothing: the text decides.
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis'])

/**
 * "en-GB", "EN_us" → "en": the pipeline's rules are chosen by primary language only. A value that is no
 * language tag at all says nothing (undefined); a language we have no rules for refuses the document.
 */
export function languageOf(value: string | undefined, draft: Pick<Draft, 'origin' | 'where' | 'line'>): string | undefined {
  const tag = value === undefined ? undefined : primaryLanguage(value)
  if (tag === undefined || NO_LANGUAGE.has(tag)) return undefined
  if (LanguageCode.safeParse(tag).success) return tag
  throw new InputError('unsupported', draft.origin, `${draft.where}: ${fieldMessage('language', LANGUAGE_PROBLEM, value)}`, draft.line)
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim()
  return v ? v : undefined
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string }
}
