import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { EventIndex } from './event-index.js'
import { absorb, onlyCandidate, sameEvent, type EventFacts } from './resolve.js'

type Cluster = { cls: string; date?: string; published?: string; location?: string; actors: Set<string>; names: Set<string>; keys: Set<string> }

const keysOf = (e: EventFacts) => [...e.actors.map((a) => `a:${a}`), ...(e.location ? [`l:${e.location}`] : []), ...e.names.map((n) => `n:${n}`)]
const day = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000

/**
 * The candidates before pair keys, as a scan: with a day, the clusters of the class dated within
 * [day - before, day + after], coarse ones, and undated ones sharing any key; else all of the class.
 */
function scanNear(all: readonly Cluster[], cls: string, at: string, before: number, after: number, keys: readonly string[]): Cluster[] {
  const mine = all.filter((c) => c.cls === cls)
  if (at.length < 10) return mine
  return mine.filter((c) => (!c.date ? keys.some((k) => c.keys.has(k)) : c.date.length < 10 || (days(c.date, at) >= -before && days(c.date, at) <= after)))
}

const facts = fc.record({
  cls: fc.constantFrom('attack', 'talks'),
  dated: fc.constantFrom('day', 'month', 'year', 'none', 'none'),
  at: fc.integer({ min: 0, max: 90 }),
  published: fc.integer({ min: 0, max: 90 }),
  location: fc.option(fc.constantFrom('BR', 'CL'), { nil: undefined }),
  actors: fc.subarray(['gov-a', 'gov-b', 'p-x']),
  names: fc.subarray(['brisk', 'tarn']),
})

test('merging through the index picks the cluster that merging through every possible candidate picks', () => {
  fc.assert(fc.property(fc.array(facts, { minLength: 1, maxLength: 40 }), (probes) => {
    const index = new EventIndex<Cluster>()
    const all: Cluster[] = []
    for (const f of probes) {
      const date = f.dated === 'day' ? day(f.at) : f.dated === 'month' ? day(f.at).slice(0, 7) : f.dated === 'year' ? day(f.at).slice(0, 4) : undefined
      const p: EventFacts = { cls: f.cls, ...(date ? { date } : {}), published: day(f.published), ...(f.location ? { location: f.location } : {}), actors: f.actors, names: f.names }
      const keys = keysOf(p)
      const planned = p.cls === 'talks' ? 31 : 0
      const near = p.date ? index.near(p.cls, p.date, 2, 2, keys, 31) : index.near(p.cls, p.published, 31, planned, keys)
      const scanned = p.date ? scanNear(all, p.cls, p.date, 2, 2, keys) : scanNear(all, p.cls, p.published!, 31, planned, keys)
      const pick = (cs: readonly Cluster[]) => cs.find((c) => sameEvent(c, p)) ?? onlyCandidate(cs, p)
      assert.equal(pick(near), pick(scanned))
      const c = pick(near)
      if (!c) {
        const made: Cluster = { ...p, actors: new Set(p.actors), names: new Set(p.names), keys: new Set(keys) }
        all.push(made)
        index.add(made, keys)
        continue
      }
      const before = c.date
      absorb(c, p)
      keys.forEach((k) => c.keys.add(k))
      index.grew(c, keys, before)
    }
  }), { numRuns: 300 })
})
