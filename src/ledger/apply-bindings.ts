import type { LearnedCountry } from '../lexicon/en/countries.js'
import type { ClaimFrame, FrameArg } from '../model/annotations.js'
import type { Extraction } from '../model/extraction.js'
import { governmentOf } from '../model/country-code.js'
import { renameActors } from './apply-reviews.js'

/**
 * Learned country codes a person bound to real ones (`claimtrail places bind X-VALDORIA XK`), applied on
 * read like reviews: the stored extraction keeps the learned code, so an unbinding restores it.
 * Keys are learned codes (X-…), values the codes they stand for.
 */
export type PlaceBindings = ReadonlyMap<string, string>

/**
 * The bindings that can change one stored extraction: those whose code or government id its JSON holds
 * (a cheap test on the stored string, before parsing).
 */
export function relevantBindings(bindings: PlaceBindings, data: string): PlaceBindings {
  if (bindings.size === 0) return bindings
  return new Map([...bindings].filter(([code]) => data.includes(code) || data.includes(governmentOf(code))))
}

/** The code a learned code reads as now. */
export const boundCode = (bindings: PlaceBindings, code: string): string => bindings.get(code) ?? code

/**
 * An extraction with every bound code replaced: the learned state's government takes the real code's id
 * (joining it, when the document has one), and countries of actors, figures, events and claims follow.
 */
export function bindExtraction(x: Extraction, bindings: PlaceBindings): Extraction {
  if (bindings.size === 0) return x
  const to = (code: string | undefined) => (code === undefined ? undefined : boundCode(bindings, code))
  const r = renameActors(x, actorRenamesOf(x, bindings))
  const arg = (a: FrameArg | undefined) => (a?.kind === 'country' ? { ...a, id: to(a.id)! } : a)
  const frame = (c: ClaimFrame): ClaimFrame => ({
    ...c, args: Object.fromEntries(Object.entries(c.args).map(([k, a]) => [k, arg(a)])) as ClaimFrame['args'],
  })
  return {
    ...r,
    actors: r.actors.map((a) => (a.country ? { ...a, country: to(a.country)! } : a)),
    casualties: r.casualties.map((c) => (c.country ? { ...c, country: to(c.country)! } : c)),
    events: r.events.map((e) => ({
      ...e, ...(e.location ? { location: to(e.location) } : {}),
      mentions: e.mentions.map((m) => (m.location ? { ...m, location: to(m.location)! } : m)),
    })),
    ...(r.claims ? { claims: r.claims.map(frame) } : {}),
  }
}

/**
 * Actor ids made from a bound code: its government (gov-x-valdoria), and the bodies and groups of that
 * country whose ids start with it (org-x-valdoria-defence-ministry, grp-x-valdoria-soldiers).
 */
function actorRenamesOf(x: Extraction, bindings: PlaceBindings): Map<string, string> {
  const renames = new Map<string, string>()
  for (const [from, into] of bindings) renames.set(governmentOf(from), governmentOf(into))
  for (const a of x.actors) {
    const into = a.country === undefined ? undefined : bindings.get(a.country)
    const prefix = into && /^(?:org|grp)-/.exec(a.id)?.[0]
    const own = prefix && `${prefix}${a.country!.toLowerCase()}-`
    if (own && a.id.startsWith(own)) renames.set(a.id, `${prefix}${into.toLowerCase()}-${a.id.slice(own.length)}`)
  }
  return renames
}

/** The ids an actor had before bindings renamed it (gov-xv → gov-x-valdoria), for matching stored rows. */
export function unboundIds(id: string, bindings: PlaceBindings): string[] {
  const out: string[] = []
  for (const [from, into] of bindings) {
    const prefix = /^(?:gov|org|grp)-/.exec(id)?.[0]
    const bound = prefix && `${prefix}${into.toLowerCase()}`
    if (!bound || (id !== bound && !id.startsWith(`${bound}-`)) || (prefix === 'gov-' && id !== bound)) continue
    out.push(`${prefix}${from.toLowerCase()}${id.slice(bound.length)}`)
  }
  return out
}

/** Learned places as the claims of a document are read with them: a bound place under its real code. */
export const bindPlaces = (places: readonly LearnedCountry[], bindings: PlaceBindings): readonly LearnedCountry[] =>
  bindings.size === 0 ? places : places.map((p) => (bindings.has(p.code) ? { ...p, code: bindings.get(p.code)! } : p))
