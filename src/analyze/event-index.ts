/**
 * Event clusters indexed so merging an event looks only at clusters that could agree with it, instead
 * of every cluster so far: by kind class and day for dated ones. An undated cluster can join a probe
 * only by two agreeing votes among date, place, participants and place names, so it is found by a pair
 * of keys of two kinds it shares with the probe, or, by a dated probe, by one shared key when it was
 * first reported within the report window of the probe's date. Keys are `kind:value` (`a:` a
 * participant, `l:` the place, `n:` a place name). A cluster or probe dated only by a month, week or
 * year is found by or looks at the days it spans, and at every undated cluster first reported within the window of them (one
 * may be its only candidate, key or not). Candidates come back in creation order, as a scan would.
 */
import { daysOf } from '../claims/time-span.js'

const DAY = 86_400_000
const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY)
const isDay = (date: string | undefined): date is string => !!date && /^\d{4}-\d{2}-\d{2}$/.test(date)
const kindOf = (key: string) => key.slice(0, key.indexOf(':'))
const pairOf = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)
/** The day an undated cluster was first reported, or any day when that is not a calendar day. */
type ReportDay = number | '*'

export interface Indexed { readonly cls: string; date?: string; readonly published?: string }

interface ClassIndex<C> {
  readonly byDay: Map<number, C[]>
  /** Dated by a value whose days are unknown: few, and candidates for every probe. */
  readonly coarse: C[]
  /** Undated, by each pair of keys of two kinds they hold. */
  readonly pairs: Map<string, C[]>
  /** Undated, by each key they hold and then the day they were first reported (a probe asks for some 60 days per key). */
  readonly reported: Map<string, Map<ReportDay, C[]>>
  readonly all: C[]
}

export class EventIndex<C extends Indexed> {
  private readonly classes = new Map<string, ClassIndex<C>>()
  private readonly order = new Map<C, number>()
  private readonly keys = new Map<C, Set<string>>()

  add(cluster: C, keys: readonly string[]): void {
    this.order.set(cluster, this.order.size)
    const index = this.classOf(cluster.cls)
    index.all.push(cluster)
    if (cluster.date) this.dated(index, cluster, cluster.date)
    else this.grew(cluster, keys)
  }

  /** A cluster took in a member: index it under its new keys, or under its day if it just got one. */
  grew(cluster: C, keys: readonly string[], dateBefore?: string): void {
    const index = this.classOf(cluster.cls)
    // An undated cluster that just got a month or week is a candidate for every probe, as if added so.
    if (!dateBefore && cluster.date) this.dated(index, cluster, cluster.date)
    if (cluster.date) return
    let held = this.keys.get(cluster)
    if (!held) this.keys.set(cluster, (held = new Set()))
    const day = isDay(cluster.published) ? dayOf(cluster.published) : '*'
    if (!held.size) this.reportedIn(index, '', day).push(cluster)
    for (const key of keys) {
      if (held.has(key)) continue
      for (const other of held) if (kindOf(other) !== kindOf(key)) this.listIn(index.pairs, pairOf(key, other)).push(cluster)
      this.reportedIn(index, key, day).push(cluster)
      held.add(key)
    }
  }

  /**
   * Clusters of the class dated within [date - before, date + after] (a month: its days), coarse ones,
   * and undated ones that could give two votes: sharing keys of two kinds, or with `reportedWithin` (a
   * dated probe), one key and a first report at most that many days from its date; every cluster when
   * there is no date to bound them.
   */
  near(cls: string, date: string | undefined, before: number, after: number, keys: readonly string[], reportedWithin?: number): C[] {
    const index = this.classes.get(cls)
    if (!index) return []
    const { start, end } = date ? daysOf(date) : {}
    if (!start || !end) return index.all
    const found = new Set<C>(index.coarse)
    const [from, to] = [dayOf(start), dayOf(end)]
    for (let d = from - before; d <= to + after; d++) for (const c of index.byDay.get(d) ?? []) found.add(c)
    const undated = (list: readonly C[] | undefined) => { for (const c of list ?? []) if (!c.date) found.add(c) }
    const reported = (key: string) => {
      const byDay = index.reported.get(key)
      if (!byDay) return
      undated(byDay.get('*'))
      for (let d = from - reportedWithin!; d <= to + reportedWithin!; d++) undated(byDay.get(d))
    }
    if (reportedWithin !== undefined && !isDay(date)) reported('')
    for (const [i, key] of keys.entries()) {
      for (const other of keys.slice(i + 1)) if (kindOf(other) !== kindOf(key)) undated(index.pairs.get(pairOf(key, other)))
      if (reportedWithin !== undefined && isDay(date)) reported(key)
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!)
  }

  /** A dated cluster under each day its date spans (a month: its days); one whose days are unknown, for every probe. */
  private dated(index: ClassIndex<C>, cluster: C, date: string): void {
    const { start, end } = daysOf(date)
    if (!start || !end) index.coarse.push(cluster)
    else for (let d = dayOf(start); d <= dayOf(end); d++) this.listIn(index.byDay, d).push(cluster)
  }

  private classOf(cls: string): ClassIndex<C> {
    let index = this.classes.get(cls)
    if (!index) this.classes.set(cls, (index = { byDay: new Map(), coarse: [], pairs: new Map(), reported: new Map(), all: [] }))
    return index
  }

  private reportedIn(index: ClassIndex<C>, key: string, day: ReportDay): C[] {
    let byDay = index.reported.get(key)
    if (!byDay) index.reported.set(key, (byDay = new Map()))
    return this.listIn(byDay, day)
  }

  private listIn<K>(map: Map<K, C[]>, key: K): C[] {
    let list = map.get(key)
    if (!list) map.set(key, (list = []))
    return list
  }
}
