import { InvalidArgumentError } from 'commander'

export function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number')
  return n
}

/** A real calendar date written YYYY-MM-DD. */
export function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined
  if (!d || d.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD (got "${value}")`)
  return value
}
