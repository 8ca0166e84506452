/**
 * Event clusters indexed so merging an event looks only at clusters that could agree with it, instead
 * of every cluster so far: by kind class and day for dated ones; undated ones by the participants,
 * places and place names they share with the probe (without a shared one they cannot get the two
 * agreeing votes sameEvent needs). Candidates come back in creation order, as a plain scan would.
 */
const DAY = 86_400_000
const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY)
const isDay = (date: string | undefined): date is string => !!date && /^\d{4}-\d{2}-\d{2}$/.test(date)

export interface Indexed { readonly cls: string; date?: string }

interface ClassIndex<C> {
  readonly byDay: Map<number, C[]>
  /** Dated only by month, week or year: few, and candidates for every probe. */
  readonly coarse: C[]
  /** Undated, by the keys (participants, place, place names) they hold. */
  readonly undated: Map<string, C[]>
  readonly all: C[]
}

export class EventIndex<C extends Indexed> {
  private readonly classes = new Map<string, ClassIndex<C>>()
  private readonly order = new Map<C, number>()

  add(cluster: C, keys: readonly string[]): void {
    this.order.set(cluster, this.order.size)
    const index = this.classOf(cluster.cls)
    index.all.push(cluster)
    if (isDay(cluster.date)) this.listIn(index.byDay, dayOf(cluster.date)).push(cluster)
    else if (cluster.date) index.coarse.push(cluster)
    else this.grew(cluster, keys)
  }

  /** A cluster took in a member: index it under its new keys, or under its day if it just got one. */
  grew(cluster: C, keys: readonly string[], dateBefore?: string): void {
    const index = this.classOf(cluster.cls)
    // An undated cluster that just got a month or week is a candidate for every probe, as if added so.
    if (!dateBefore && isDay(cluster.date)) this.listIn(index.byDay, dayOf(cluster.date)).push(cluster)
    else if (!dateBefore && cluster.date) index.coarse.push(cluster)
    if (cluster.date) return
    for (const key of keys) {
      const list = this.listIn(index.undated, key)
      if (!list.includes(cluster)) list.push(cluster)
    }
  }

  /** Clusters of the class dated within [date - before, date + after], coarse ones, and undated ones sharing a key. */
  near(cls: string, date: string | undefined, before: number, after: number, keys: readonly string[]): C[] {
    const index = this.classes.get(cls)
    if (!index) return []
    if (!isDay(date)) return index.all
    const found = new Set<C>(index.coarse)
    const day = dayOf(date)
    for (let d = day - before; d <= day + after; d++) for (const c of index.byDay.get(d) ?? []) found.add(c)
    for (const key of keys) for (const c of index.undated.get(key) ?? []) if (!c.date) found.add(c)
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!)
  }

  private classOf(cls: string): ClassIndex<C> {
    let index = this.classes.get(cls)
    if (!index) this.classes.set(cls, (index = { byDay: new Map(), coarse: [], undated: new Map(), all: [] }))
    return index
  }

  private listIn<K>(map: Map<K, C[]>, key: K): C[] {
    let list = map.get(key)
    if (!list) map.set(key, (list = []))
    return list
  }
}
