import { z } from 'zod'
import { ClaimtrailError } from './errors.js'

/**
 * The checks every entry point applies to document metadata (CLI flags, API bodies and queries, JSONL
 * records, feed items, front matter, HTML pages): one schema per field, so a value refused in one place
 * is refused in all of them, with the same words.
 */

/** Languages the extraction has rules for (src/extract/languages.ts; a test keeps the two in step). */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en', 'es']

/**
 * Publication dates are real calendar days in these years: news archives reach back to the 1800s, and a
 * date far ahead is a typo ("9999-12-31") that would send "Monday" into year 10000.
 */
export const EARLIEST_YEAR = 1800
export const LATEST_YEAR = 2199

/** True for a real calendar date written exactly as `YYYY-MM-DD` (so 2025-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

const inYears = (value: string) => {
  const year = Number(value.slice(0, 4))
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

export const DATE_PROBLEM = `expected a real date YYYY-MM-DD between ${EARLIEST_YEAR} and ${LATEST_YEAR}`

/** A real day `YYYY-MM-DD` in the years above. */
export const PublishedDate = z.string({ error: DATE_PROBLEM }).refine((v) => isIsoDate(v) && inYears(v), { error: DATE_PROBLEM })

/** A day, month or year as listings filter on them: `2020`, `2020-03` or `2020-03-14`, each real. */
export const QueryDate = z.string().refine(isQueryDate, { error: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD' })

function isQueryDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true
  const month = /^\d{4}-(\d{2})$/.exec(value)
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12
  return isIsoDate(value)
}

export const LANGUAGE_PROBLEM = `expected a supported language code (${SUPPORTED_LANGUAGES.join(', ')})`

/** "en", "es-MX", "EN_us": a supported language, by its primary subtag. */
export const LanguageCode = z.string({ error: LANGUAGE_PROBLEM }).refine((v) => {
  const tag = primaryLanguage(v)
  return tag !== undefined && SUPPORTED_LANGUAGES.includes(tag)
}, { error: LANGUAGE_PROBLEM })

/** "en-GB", "EN_us" → "en"; undefined when the value is not shaped like a language tag. */
export function primaryLanguage(value: string): string | undefined {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(value)
  return m ? m[1]!.toLowerCase() : undefined
}

/**
 * Only http(s) addresses are kept: a `javascript:`, `data:` or `file:` URL in the store would reach the
 * exports and every program that reads them.
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).max(2000)

export const isWebUrl = (value: string): boolean => WebUrl.safeParse(value).success

/** Writers keep only web addresses, so a store filled before these checks cannot pass a `javascript:` URL on. */
export const webUrlOnly = (value: string | null | undefined): string | undefined => (value && isWebUrl(value) ? value : undefined)

/** The value, checked: a bad one is a one-line error naming the field and the value. */
export function checkField<T>(field: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new ClaimtrailError('bad_input', fieldMessage(field, parsed.error.issues[0]?.message ?? 'invalid value', value))
}

export function fieldMessage(field: string, problem: string, value: unknown): string {
  const shown = typeof value === 'string' ? `"${value.length > 80 ? `${value.slice(0, 77)}...` : value}"` : JSON.stringify(value)
  return `${field}: ${problem}, got ${shown}`
}
