import type { Actor } from '../model/annotations.js'

/** The actor one of whose mentions covers [start, end), if any. */
export type ActorAt = (start: number, end: number) => Actor | undefined

/**
 * An index of every actor's mentions, built once per document: the same answer as scanning the actors in
 * order for the first whose mention covers the span, without reading every mention for every word (a long
 * document naming one body a thousand times made that scan quadratic). Only mentions starting at most the
 * longest mention's length before the span can cover it.
 */
export function actorIndex(actors: readonly Actor[]): ActorAt {
  const all = actors
    .flatMap((actor, order) => actor.mentions.map((m) => ({ start: m.start, end: m.end, order, actor })))
    .sort((x, y) => x.start - y.start)
  const longest = all.reduce((n, m) => Math.max(n, m.end - m.start), 0)
  return (start, end) => {
    let lo = 0
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (all[mid]!.start <= start) lo = mid + 1
      else hi = mid
    }
    let best: (typeof all)[number] | undefined
    for (let k = lo - 1; k >= 0 && all[k]!.start >= start - longest; k--) {
      const m = all[k]!
      if (m.end >= end && (!best || m.order < best.order)) best = m
    }
    return best?.actor
  }
}
