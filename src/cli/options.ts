import { InvalidArgumentError } from 'commander'
import { DATE_PROBLEM, isHttpAddress, isPublishedDate, isQueryDate, isSupportedLanguage, LANGUAGE_PROBLEM, QUERY_DATE_PROBLEM, URL_PROBLEM } from '../field-checks.js'

export function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number')
  return n
}

export function wholeNumber(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 or more)')
  return n
}

/**
 * A flag checked as every entry point checks that field (fields.ts), by its zod-free check so parsing
 * flags does not load zod; commander names the flag.
 */
const checkedBy = (isValid: (value: string) => boolean, problem: string) => (value: string): string => {
  if (!isValid(value)) throw new InvalidArgumentError(problem)
  return value
}

/** A real publication day written YYYY-MM-DD. */
export const isoDate = checkedBy(isPublishedDate, DATE_PROBLEM)
/** A listing filter: a real YYYY, YYYY-MM or YYYY-MM-DD. */
export const queryDate = checkedBy(isQueryDate, QUERY_DATE_PROBLEM)
export const languageCode = checkedBy(isSupportedLanguage, LANGUAGE_PROBLEM)
export const webUrl = checkedBy(isHttpAddress, URL_PROBLEM)
