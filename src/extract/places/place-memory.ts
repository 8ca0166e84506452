import type { LearnedCountry } from '../../lexicon/en/countries.js'
import { writtenAsPerson } from './learn-places.js'

/**
 * Countries learned from other documents, applied to one more. An article that says "the government in
 * Ostrel" without ever writing "the Valdorian capital, Ostrel" learns nothing from its own text; the
 * articles that did write it teach the rest. Own learning always wins: the memory only adds what the
 * document did not learn itself, and only places the document names.
 */

const CAP_WORDS = /\p{Lu}[\p{L}\p{M}]*/gu

interface Union { codes: Map<string, number>; capitals: Set<string>; demonym?: string; people?: string; official?: string }

/**
 * One entry per name from many documents' learned places: capitals joined, the first demonym, people
 * and official style in name order, the code most documents gave the name (the smallest on a tie).
 * The result does not depend on the order of the lists.
 */
export function unionPlaces(lists: readonly (readonly LearnedCountry[])[]): LearnedCountry[] {
  const tally = placeTally()
  lists.forEach((l) => tally.add(l))
  return tally.union()
}

export interface PlaceTally {
  add(list: readonly LearnedCountry[]): void
  /** unionPlaces of every list added so far. */
  union(): LearnedCountry[]
}

/** unionPlaces kept up to date one document at a time, for an ingest that needs it after each one (computed once per change). */
export function placeTally(): PlaceTally {
  const byName = new Map<string, Union>()
  let known: LearnedCountry[] | undefined
  // The smallest spelling wins, not the first seen, so the order of documents does not matter.
  const pick = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? a : b) : a ?? b)
  return {
    add(list) {
      if (list.length) known = undefined
      for (const p of list) {
        const seen: Union = byName.get(p.name) ?? { codes: new Map(), capitals: new Set() }
        seen.codes.set(p.code, (seen.codes.get(p.code) ?? 0) + 1)
        p.capitals.forEach((c) => seen.capitals.add(c))
        seen.demonym = pick(seen.demonym, p.demonym)
        seen.people = pick(seen.people, p.people)
        seen.official = pick(seen.official, p.official)
        byName.set(p.name, seen)
      }
    },
    union: () => (known ??= [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, s]) => {
      const code = [...s.codes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0]
      return {
        code, name, capitals: [...s.capitals].sort(),
        ...(s.official ? { official: s.official } : {}), ...(s.demonym ? { demonym: s.demonym } : {}), ...(s.people ? { people: s.people } : {}),
      }
    })),
  }
}

/** Whether the text writes every word of a form (a cheap test on its capitalized words). */
const writes = (words: ReadonlySet<string>, form: string | undefined) => !!form && form.split(/\s+/).every((w) => words.has(w))

/**
 * The document's own learned places, completed from `known`: a capital or demonym another document
 * taught is added to the same name, and a known country the text names (by name, demonym or capital)
 * joins when its code is free here. A form the text writes as a person's name is left out.
 */
export function withKnownPlaces(text: string, own: readonly LearnedCountry[], known: readonly LearnedCountry[]): LearnedCountry[] {
  if (!known.length) return [...own]
  const words = new Set(text.match(CAP_WORDS))
  const ownNames = new Set(own.map((p) => p.name))
  const taken = new Set(own.map((p) => p.code))
  const usable = (form: string) => writes(words, form) && !ownNames.has(form) && !writtenAsPerson(text, form)
  const knownOf = new Map(known.map((k) => [k.name, k]))
  // A name guessed from a demonym alone ("Lomarian troops" → Lomaria) yields to the name documents that
  // write it give that demonym: a learned code is the name's own, so a wrong guess would be another country.
  const byDemonym = new Map(known.filter((k) => k.demonym).map((k) => [k.demonym!, k]))
  const renamed = own.map((p) => {
    const k = p.demonym && !writes(words, p.name) ? byDemonym.get(p.demonym) : undefined
    return k && k.name !== p.name && !ownNames.has(k.name) ? { ...p, code: k.code, name: k.name } : p
  })
  renamed.forEach((p) => { ownNames.add(p.name); taken.add(p.code) })
  const out = renamed.map((p) => {
    const k = knownOf.get(p.name)
    if (!k) return p
    const capitals = [...new Set([...p.capitals, ...k.capitals.filter(usable)])]
    return { ...p, capitals, ...(p.demonym ?? k.demonym ? { demonym: p.demonym ?? k.demonym } : {}) }
  })
  for (const k of known) {
    if (ownNames.has(k.name) || taken.has(k.code)) continue
    const capitals = k.capitals.filter(usable)
    const named = usable(k.name) || (k.demonym !== undefined && writes(words, k.demonym))
    if (!named && !capitals.length) continue
    taken.add(k.code)
    out.push({ ...k, capitals })
  }
  return out
}
