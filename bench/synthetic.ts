/**
 * Synthetic news for load tests: short articles built from sentence templates we wrote, with real
 * country names from the country package and made-up people, so a store of any size can be made offline.
 */
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'

const countries = (createRequire(import.meta.url)('world-countries') as Country[])
  .filter((c) => c.unMember && c.demonyms?.eng?.m && c.capital[0])

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const SYLLABLES = ['ka', 'lo', 'mir', 'an', 'ta', 'vel', 'os', 'ri', 'den', 'sa', 'ul', 'bre']

/** A small deterministic generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticDoc { readonly text: string; readonly published: string; readonly outlet: string; readonly title: string }

export function* syntheticArticles(count: number, seed = 7): Generator<SyntheticDoc> {
  const r = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const word = () => { const w = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYLLABLES)).join(''); return w[0]!.toUpperCase() + w.slice(1) }
  for (let i = 0; i < count; i++) {
    const [a, b] = [pick(countries), pick(countries)]
    const da = a.demonyms.eng!.m
    const db = b.demonyms.eng!.m
    const person = `${word()} ${word()}`
    const day = new Date(Date.UTC(2030, 0, 1) + Math.floor(r() * 700) * 86_400_000).toISOString().slice(0, 10)
    const n = 2 + Math.floor(r() * 60)
    const text = [
      `${da} officials said on ${pick(WEEKDAYS)} that ${n} ${da} soldiers were killed near the border with ${b.name.common}.`,
      `The ${db} government denied that its troops had crossed into ${a.name.common}.`,
      `“We will not withdraw,” defence minister ${person} told reporters in ${a.capital[0]}.`,
      `According to the ${db} defence ministry, ${n + 3} civilians were wounded in the attack.`,
      `Analysts say the talks could resume next month.`,
    ].join('\n\n')
    yield { text: `${text}\n\nReport ${i}.`, published: day, outlet: `Wire ${i % 7}`, title: `${da} and ${db} forces clash (${i})` }
  }
}
