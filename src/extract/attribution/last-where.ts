/**
 * The latest item of a list that passes `test`, for a list that only grows by appending (the statements
 * found so far in a document). Each call reads only the items added since the previous call with the same
 * list and test, so a document's look-backs cost linear time in all: walking back from every statement
 * was quadratic when no earlier one passed (a run of "he said" with no speaker found).
 * `test` must be one function kept for the purpose, not a new closure per call.
 */
const memos = new WeakMap<readonly unknown[], Map<(x: never) => boolean, { read: number; last: unknown }>>()

export function lastWhere<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  let byTest = memos.get(list)
  if (!byTest) memos.set(list, (byTest = new Map()))
  const memo = byTest.get(test)
  // A list shorter than when last read was not appended to: read it whole.
  const kept = memo !== undefined && memo.read <= list.length
  let last = kept ? (memo.last as T | undefined) : undefined
  for (let k = list.length - 1; k >= (kept ? memo.read : 0); k--) {
    if (test(list[k]!)) { last = list[k]; break }
  }
  byTest.set(test, { read: list.length, last })
  return last
}
