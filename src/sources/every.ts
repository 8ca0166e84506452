import { ClaimtrailError } from '../errors.js'

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 }

/** "15m", "2h", "1d", "90s" → seconds; a feed is polled at most once a minute, at least once a week. */
export function parseEvery(text: string): number {
  const m = /^(\d+)\s*([smhd])$/i.exec(text.trim())
  const seconds = m ? Number(m[1]) * UNIT_SECONDS[m[2]!.toLowerCase()]! : NaN
  if (!(seconds >= 60 && seconds <= 7 * 86400)) {
    throw new ClaimtrailError('bad_input', `the interval must be a number and a unit between 1m and 7d, such as 15m or 2h (got "${text}")`)
  }
  return seconds
}

export const showEvery = (seconds: number) =>
  seconds % 86400 === 0 ? `${seconds / 86400}d` : seconds % 3600 === 0 ? `${seconds / 3600}h` : seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`
