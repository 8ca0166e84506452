/**
 * The plain checks behind the metadata fields (fields.ts wraps them in schemas). Kept free of zod so the
 * CLI can check its flags without loading it: zod is most of what `claimtrail --help` would load.
 */

/** Languages the extraction has rules for (src/extract/languages.ts; a test keeps the two in step). */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en', 'es']

/**
 * Publication dates are real calendar days in these years: news archives reach back to the 1800s, and a
 * date far ahead is a typo ("9999-12-31") that would send "Monday" into year 10000.
 */
export const EARLIEST_YEAR = 1800
export const LATEST_YEAR = 2199

export const DATE_PROBLEM = `expected a real date YYYY-MM-DD between ${EARLIEST_YEAR} and ${LATEST_YEAR}`
export const QUERY_DATE_PROBLEM = 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD'
export const LANGUAGE_PROBLEM = `expected a supported language code (${SUPPORTED_LANGUAGES.join(', ')})`
export const URL_PROBLEM = 'expected an http(s) address'
export const URL_MAX_LENGTH = 2000

/** True for a real calendar date written exactly as `YYYY-MM-DD` (so 2025-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** A real day `YYYY-MM-DD` in the years above. */
export function isPublishedDate(value: string): boolean {
  const year = Number(value.slice(0, 4))
  return isIsoDate(value) && year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

/** A day, month or year as listings filter on them: `2020`, `2020-03` or `2020-03-14`, each real. */
export function isQueryDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true
  const month = /^\d{4}-(\d{2})$/.exec(value)
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12
  return isIsoDate(value)
}

/** "en-GB", "EN_us" → "en"; undefined when the value is not shaped like a language tag. */
export function primaryLanguage(value: string): string | undefined {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(value)
  return m ? m[1]!.toLowerCase() : undefined
}

/** "en", "es-MX", "EN_us": a supported language, by its primary subtag. */
export function isSupportedLanguage(value: string): boolean {
  const tag = primaryLanguage(value)
  return tag !== undefined && SUPPORTED_LANGUAGES.includes(tag)
}

/**
 * The verdict of fields.ts's WebUrl (zod's http(s) URL check, then the length) without loading zod; a
 * test keeps the two in step. zod trims the value, wants `http://` or `https://` spelled out, and counts
 * the length after the URL parser's own removal of tabs and newlines.
 */
export function isHttpAddress(value: string): boolean {
  const trimmed = value.trim()
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return false
  return trimmed.replace(/[\t\n\r]/g, '').length <= URL_MAX_LENGTH
}
