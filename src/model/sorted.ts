/**
 * How many of `items` (sorted by `keyOf`, ascending) have a key below `at`: the index of the first at or
 * after it. Stages that ask "which item is at or before this offset" per statement or figure use it
 * instead of scanning every item, which made one long document quadratic.
 */
export function countBelow<T>(items: readonly T[], at: number, keyOf: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keyOf(items[mid]!) < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
