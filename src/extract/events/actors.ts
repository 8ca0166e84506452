import type { Actor } from '../../model/annotations.js'
import { lookupCountry, matchCountryAt, type CountryFormKind } from '../../lexicon/en/countries.js'
import { countryOfGovernment } from '../../model/country-code.js'
import type { TokenText } from './token-text.js'
import type { CountryForms } from './language.js'
import { countBelow } from '../../model/sorted.js'

export interface Placed {
  readonly start: number
  readonly end: number
  readonly actor: Actor
}

/**
 * Actor mentions in text order, so a rule can ask "who is named here" or "who was named last".
 * Countries the mentions stage did not list fall back to `gov-<code>`, the id it gives governments.
 * Each question is a binary search on the mentions by offset: rules ask them for every trigger word.
 */
export class ActorIndex {
  private readonly placed: Placed[]
  private readonly longest: number
  private readonly ids = new Map<string, Actor>()
  private readonly governments = new Map<string, string>()

  /** `also`: mentions the event rules read beyond the actors' own (see group-words.ts). */
  constructor(actors: readonly Actor[], also: readonly Placed[] = []) {
    this.placed = actors
      .flatMap((actor) => actor.mentions.map((m): Placed => ({ start: m.start, end: m.end, actor })))
      .concat(also)
      .sort((a, b) => a.start - b.start || b.end - a.end)
    this.longest = this.placed.reduce((n, p) => Math.max(n, p.end - p.start), 0)
    // The first actor of an id or of a country's government, as a scan in order finds it.
    for (const a of [...actors].reverse()) {
      this.ids.set(a.id, a)
      if (a.type === 'government' && a.country) this.governments.set(a.country, a.id)
    }
  }

  /** Index of the first mention starting at or after `pos`. */
  private from(pos: number): number {
    return countBelow(this.placed, pos, (p) => p.start)
  }

  /** The first actor named inside [start, end), if any. */
  within(start: number, end: number): Actor | undefined {
    for (let k = this.from(start); k < this.placed.length && this.placed[k]!.start <= end; k++) {
      if (this.placed[k]!.end <= end) return this.placed[k]!.actor
    }
    return undefined
  }

  /** The first actor whose mention ends inside (start, end], wherever it starts: "Mr. Blair's" read from "Blair's". */
  endingWithin(start: number, end: number): Actor | undefined {
    for (let k = this.from(start - this.longest); k < this.placed.length && this.placed[k]!.start < end; k++) {
      const p = this.placed[k]!
      if (p.end > start && p.end <= end) return p.actor
    }
    return undefined
  }

  /** The actor mention starting exactly at `pos`, with its extent. */
  startingAt(pos: number): Placed | undefined {
    const p = this.placed[this.from(pos)]
    return p?.start === pos ? p : undefined
  }

  /** The actor whose mention ends last before `pos` and starts at or after `floor`. */
  before(pos: number, floor: number): Actor | undefined {
    return this.mentionBefore(pos, floor)?.actor
  }

  /** The mention (with its actor) that ends last before `pos` and starts at or after `floor`. */
  mentionBefore(pos: number, floor: number): Placed | undefined {
    let best: Placed | undefined
    for (let k = this.from(floor); k < this.placed.length && this.placed[k]!.start < pos; k++) {
      const p = this.placed[k]!
      if (p.end <= pos && (!best || p.end >= best.end)) best = p
    }
    return best
  }

  byId(id: string): Actor | undefined {
    return this.ids.get(id)
  }

  /** The government standing for a country: the listed one, or the conventional id. */
  government(code: string): string {
    return this.governments.get(code) ?? `gov-${code.toLowerCase()}`
  }

  /** The country a government id stands for: the listed government's, else the code of a conventional `gov-xx` id. */
  countryOf(id: string): string | undefined {
    const a = this.byId(id)
    return a ? (a.type === 'government' ? a.country : undefined) : countryOfGovernment(id)
  }

  /** A country named by tokens [i, end): its government, when the words are a country form. */
  countryGovernment(tt: TokenText, i: number, end: number): string | undefined {
    const code = countryAt(tt, i, end)
    return code ? this.government(code) : undefined
  }
}

export interface CountryMention {
  readonly code: string
  readonly kind: CountryFormKind
  /** "Freedonia’s": a possessive names an owner or agent, even when it is a place name. */
  readonly possessive: boolean
}

/** The English country forms of the country package. */
export const ENGLISH_COUNTRIES: CountryForms = {
  at(tt, k) {
    const m = matchCountryAt(tt.text, tt.tokens, k)
    const form = m?.forms[0]
    return m && form ? { code: form.code, kind: form.kind, endToken: m.endToken } : undefined
  },
  lookup: (word) => lookupCountry(word)[0],
}

/** The first country form among tokens [i, end): "Freedonia’s", "US-led", "United States". */
export function countryMentionAt(tt: TokenText, i: number, end: number, countries: CountryForms = ENGLISH_COUNTRIES): CountryMention | undefined {
  for (let k = i; k < end; k++) {
    if (tt.tokens[k]!.kind !== 'word') continue
    const m = countries.at(tt, k)
    const head = tt.word(k).split('-')[0]!
    const form = m && m.endToken <= end + 1 ? m : head !== tt.word(k) ? countries.lookup(head) : undefined
    if (form) return { code: form.code, kind: form.kind, possessive: /['’]s$/.test(tt.word(m ? m.endToken - 1 : k)) }
  }
  return undefined
}

/**
 * "Kenya-Uganda talks", "the Chile-Peruvian war": one word joining two country forms names both countries
 * (their governments take part), not a place. The first such word among tokens [i, end), as two codes.
 */
export function countryPairAt(tt: TokenText, i: number, end: number, countries: CountryForms = ENGLISH_COUNTRIES): readonly [string, string] | undefined {
  for (let k = i; k < end; k++) {
    const parts = tt.word(k).split('-')
    if (parts.length !== 2) continue
    const [a, b] = parts.map((part) => countries.lookup(part)?.code)
    if (a && b && a !== b) return [a, b]
  }
  return undefined
}

/** The country of the first country form among tokens [i, end), whatever its kind. */
export function countryAt(tt: TokenText, i: number, end: number, countries: CountryForms = ENGLISH_COUNTRIES): string | undefined {
  return countryMentionAt(tt, i, end, countries)?.code
}

/** A country form that names a place ("Kenya", "Lima", "the US"), not a people or an adjective. */
export function isPlace(c: CountryMention | undefined): c is CountryMention {
  return c !== undefined && !c.possessive && (c.kind === 'name' || c.kind === 'capital' || c.kind === 'code')
}
