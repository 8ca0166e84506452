/**
 * Timing for the benchmarks: CPU time of this process (user + system) for one pass of some work, and
 * the median and spread of several passes, so a busy machine shows as spread rather than as a number.
 */

export interface Pass { readonly cpuSeconds: number; readonly peakRssMB: number }

export interface Spread { readonly median: number; readonly min: number; readonly max: number }

const MB = 1_000_000

/** One pass of `work`, which calls `step()` now and then so resident memory can be sampled. */
export function cpuPass(work: (step: () => void) => void): Pass {
  globalThis.gc?.()
  let peak = process.memoryUsage().rss
  const before = process.cpuUsage()
  work(() => { const rss = process.memoryUsage().rss; if (rss > peak) peak = rss })
  const used = process.cpuUsage(before)
  return { cpuSeconds: (used.user + used.system) / 1e6, peakRssMB: peak / MB }
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

export const formatSpread = (s: Spread, digits = 2) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`
