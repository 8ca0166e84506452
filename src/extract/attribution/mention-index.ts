import type { Actor } from '../../model/annotations.js'

/** One actor mention: its offsets and the actor's position in the actor list. */
interface Entry {
  readonly start: number
  readonly end: number
  readonly actor: number
}

/**
 * Every statement asks which actors are named inside its speaker span. Scanning every mention of every
 * actor per statement grows with statements × mentions, so the mentions are sorted once per actor list
 * (the list is the document's, unchanged while its statements are built) and searched by offset.
 */
const indexes = new WeakMap<readonly Actor[], readonly Entry[]>()

function entriesOf(actors: readonly Actor[]): readonly Entry[] {
  let entries = indexes.get(actors)
  if (!entries) {
    const list: Entry[] = []
    actors.forEach((a, actor) => { for (const m of a.mentions) list.push({ start: m.start, end: m.end, actor }) })
    list.sort((x, y) => x.start - y.start || x.actor - y.actor)
    indexes.set(actors, list)
    entries = list
  }
  return entries
}

/** Actors with a mention inside `span`, ordered by their first mention there (ties keep the actor order). */
export function actorsWithin(actors: readonly Actor[], span: { start: number; end: number }): Actor[] {
  const entries = entriesOf(actors)
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (entries[mid]!.start < span.start) lo = mid + 1
    else hi = mid
  }
  const seen = new Set<number>()
  const found: Actor[] = []
  for (let i = lo; i < entries.length && entries[i]!.start <= span.end; i++) {
    const e = entries[i]!
    if (e.end > span.end || seen.has(e.actor)) continue
    seen.add(e.actor)
    found.push(actors[e.actor]!)
  }
  return found
}
