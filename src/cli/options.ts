import { InvalidArgumentError } from 'commander'
import type { z } from 'zod'
import { LanguageCode, PublishedDate, QueryDate, WebUrl } from '../fields.js'

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

/** A flag checked by the schema every entry point uses (ingest/fields.ts); commander names the flag. */
const checkedBy = (schema: z.ZodType<string>) => (value: string): string => {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0]?.message ?? 'invalid value')
  return value
}

/** A real publication day written YYYY-MM-DD. */
export const isoDate = checkedBy(PublishedDate)
/** A listing filter: a real YYYY, YYYY-MM or YYYY-MM-DD. */
export const queryDate = checkedBy(QueryDate)
export const languageCode = checkedBy(LanguageCode)
export const webUrl = checkedBy(WebUrl)
