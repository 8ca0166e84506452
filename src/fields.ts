import { z } from 'zod'
import { ClaimtrailError } from './errors.js'
import { DATE_PROBLEM, isPublishedDate, isQueryDate, isSupportedLanguage, LANGUAGE_PROBLEM, QUERY_DATE_PROBLEM, URL_MAX_LENGTH, URL_PROBLEM } from './field-checks.js'

export { DATE_PROBLEM, EARLIEST_YEAR, isIsoDate, LANGUAGE_PROBLEM, LATEST_YEAR, primaryLanguage, SUPPORTED_LANGUAGES } from './field-checks.js'

/**
 * The checks every entry point applies to document metadata (CLI flags, API bodies and queries, JSONL
 * records, feed items, front matter, HTML pages): one schema per field, so a value refused in one place
 * is refused in all of them, with the same words.
 */

/** A real day `YYYY-MM-DD` in the years field-checks.ts allows. */
export const PublishedDate = z.string({ error: DATE_PROBLEM }).refine(isPublishedDate, { error: DATE_PROBLEM })

/** A day, month or year as listings filter on them: `2020`, `2020-03` or `2020-03-14`, each real. */
export const QueryDate = z.string().refine(isQueryDate, { error: QUERY_DATE_PROBLEM })

/** "en", "es-MX", "EN_us": a supported language, by its primary subtag. */
export const LanguageCode = z.string({ error: LANGUAGE_PROBLEM }).refine(isSupportedLanguage, { error: LANGUAGE_PROBLEM })

/**
 * Only http(s) addresses are kept: a `javascript:`, `data:` or `file:` URL in the store would reach the
 * exports and every program that reads them.
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: URL_PROBLEM }).max(URL_MAX_LENGTH)

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
