/** Publication dates as the sources write them → `YYYY-MM-DD`, or null when the value is not a real date. */

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]\d{2}:\d{2})/
// RFC 822 / 1123 as used by RSS pubDate: "Tue, 04 Mar 2025 08:00:00 +0100" (weekday optional).
const RFC822 = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})\b/
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

export { isIsoDate } from '../fields.js'

/**
 * The calendar date a source states. An ISO timestamp keeps the date as written in its own offset
 * ("2025-03-04T23:30:00-05:00" → 2025-03-04): that is the publisher's date, which is what relative
 * expressions in the article ("yesterday") count from.
 */
export function toIsoDate(value: string | undefined | null): string | null {
  if (!value) return null
  const iso = ISO.exec(value)
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const rfc = RFC822.exec(value)
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1
    const y = Number(rfc[3])
    // RFC 822 allows two-digit years; RFC 1123 recommends four. Two digits are read as 19xx/20xx around 1970.
    const year = rfc[3]!.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y
    return month > 0 ? realDate(year, month, Number(rfc[1])) : null
  }
  return null
}

/**
 * True when a value is written as a date we read (ISO or RFC 822), whether or not that day exists: such a
 * value that toIsoDate cannot read is a wrong date ("2026-02-30"), not merely prose ("last week").
 */
export function looksLikeDate(value: string): boolean {
  return /^\s*\d{4}-\d{1,2}-\d{1,2}(?:$|[T\s])/.test(value) || RFC822.test(value)
}

function realDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
