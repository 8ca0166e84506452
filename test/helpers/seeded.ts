/**
 * Seeded numbers for tests that check an index against the scan it replaces: the same inputs every run.
 * `next(n)` is an integer in [0, n).
 */
export function seeded(seed: number): (n: number) => number {
  return (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n }
}

/** `count` spans starting before `limit`, each 1 to `width` characters long. */
export function randomSpans(next: (n: number) => number, count: number, limit: number, width: number): [number, number][] {
  return Array.from({ length: count }, () => {
    const start = next(limit)
    return [start, start + 1 + next(width)]
  })
}
