import type { Statement } from './annotations.js'
import { countBelow } from './sorted.js'

/**
 * The statements whose cue lies inside [start, end], in the order given. Built once per document: asked for
 * every statement or figure, a scan over all statements made one long document quadratic.
 */
export function cuesWithin(statements: readonly Statement[]): (start: number, end: number) => Statement[] {
  const byCue = statements.map((st, order) => ({ st, order })).sort((a, b) => a.st.cue.start - b.st.cue.start)
  return (start, end) => {
    const found: (typeof byCue)[number][] = []
    for (let k = countBelow(byCue, start, (c) => c.st.cue.start); k < byCue.length && byCue[k]!.st.cue.start <= end; k++) {
      if (byCue[k]!.st.cue.end <= end) found.push(byCue[k]!)
    }
    return found.sort((a, b) => a.order - b.order).map((c) => c.st)
  }
}
