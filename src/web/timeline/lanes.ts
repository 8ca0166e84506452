/**
 * Timeline lanes grouped by government: a government's own marks and those of everyone who speaks for it
 * (a minister, a ministry, its army) share one group, folded into a single lane until opened.
 */
export interface LaneActor { readonly id: string; readonly type: string; readonly memberOf?: string }
export interface Lane<T> { readonly actor: string; readonly items: readonly T[] }
export interface LaneGroup<T> {
  /** The government, or the actor itself when it belongs to none; '' gathers what nobody said. */
  readonly head: string
  /** The head's own marks and its members' together, each item once. */
  readonly items: readonly T[]
  /** One lane per member that has marks, busiest first; empty for an actor standing alone. */
  readonly members: readonly Lane<T>[]
}

/** The government an actor speaks for, following memberOf through bodies (a ministry of a government). */
export function governmentOf(id: string, actors: ReadonlyMap<string, LaneActor>): string | undefined {
  const seen = new Set<string>()
  for (let a = actors.get(id); a && !seen.has(a.id); a = a.memberOf ? actors.get(a.memberOf) : undefined) {
    if (a.type === 'government') return a.id
    seen.add(a.id)
  }
  return undefined
}

/** Groups items by the actors each names; an item named by two actors of one group appears there once. */
export function groupLanes<T>(items: readonly T[], actorsOf: (item: T) => readonly string[], actors: ReadonlyMap<string, LaneActor>): LaneGroup<T>[] {
  const groups = new Map<string, { items: Set<T>; members: Map<string, T[]> }>()
  for (const item of items) {
    const ids = actorsOf(item)
    for (const id of ids.length ? ids : ['']) {
      const head = (id && governmentOf(id, actors)) || id
      const g = groups.get(head) ?? groups.set(head, { items: new Set(), members: new Map() }).get(head)!
      g.items.add(item)
      if (id !== head) (g.members.get(id) ?? g.members.set(id, []).get(id)!).push(item)
    }
  }
  const busiest = (a: { items: readonly T[] }, b: { items: readonly T[] }) => b.items.length - a.items.length
  return [...groups].map(([head, g]) => ({
    head,
    items: [...g.items],
    members: [...g.members].map(([actor, xs]) => ({ actor, items: xs })).sort(busiest),
  })).sort((a, b) => Number(a.head === '') - Number(b.head === '') || busiest(a, b) || a.head.localeCompare(b.head))
}
