import { stringify } from 'csv-stringify/sync'

export type Cell = string | number | boolean | null | undefined
export type Columns<T> = readonly (readonly [header: string, cell: (row: T) => Cell])[]

// A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") is kept as text:
// article quotes are untrusted input (OWASP "CSV injection"). Plain numbers such as "-3" are left alone.
const FORMULA = /^[=+\-@\t\r]/
const NUMBER = /^[+-]?\d+(\.\d+)?$/

export function safeCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text
}

const OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const

/** Rows → RFC 4180 CSV with a header line. */
export function toCsv<T>(rows: readonly T[], columns: Columns<T>): string {
  return stringify([columns.map(([h]) => h), ...rows.map((r) => columns.map(([, cell]) => safeCell(cell(r))))], OPTIONS)
}

/** The same CSV written as rows arrive, a few hundred rows per chunk: memory holds one chunk. */
export async function* csvRows<T>(rows: AsyncIterable<T>, columns: Columns<T>, chunk = 500): AsyncGenerator<string> {
  yield stringify([columns.map(([h]) => h)], OPTIONS)
  let pending: string[][] = []
  for await (const r of rows) {
    pending.push(columns.map(([, cell]) => safeCell(cell(r))))
    if (pending.length >= chunk) { yield stringify(pending, OPTIONS); pending = [] }
  }
  if (pending.length) yield stringify(pending, OPTIONS)
}
