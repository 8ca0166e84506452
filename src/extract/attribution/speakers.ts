import type { Actor, ActorType, Statement } from '../../model/annotations.js'
import type { Span } from '../../model/span.js'
import { actorsWithin } from './mention-index.js'

/** `voice`: a spokesperson, who speaks for a person or a body alike. */
export type Want = 'person' | 'plural' | 'body' | 'voice' | 'any'

const VOICE_HEADS = /^(spokesman|spokeswoman|spokesperson)$/
const PERSON_HEADS = /^(he|she|him|her|chief|president|minister|leader|head|director|secretary|ambassador|governor|mayor|senator|general|commander|official|king|queen|chancellor|premier|envoy|prosecutor|judge|lawyer|man|woman)$/
const BODY_HEADS = /^(it|ministry|government|administration|regime|agency|department|army|military|police|office|cabinet|embassy|company|group|committee|council|party|organisation|organization|court|parliament|state|authority)$/

/** What kind of actor a pronoun or description can stand for, and the head word that names it. */
export type Wanted = (text: string) => { want: Want; head: string }

/** What kind of actor a pronoun or description can stand for. */
function wanted(text: string): { want: Want; head: string } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const head = words[words.length - 1] ?? ''
  if (/^(they|we|them)$/.test(head)) return { want: 'plural', head }
  if (VOICE_HEADS.test(head)) return { want: 'voice', head }
  if (PERSON_HEADS.test(head)) return { want: 'person', head }
  if (BODY_HEADS.test(head)) return { want: 'body', head }
  return { want: /[^s]s$/.test(head) ? 'plural' : 'any', head }
}

const fits = (type: ActorType, want: Want) =>
  want === 'any' || want === 'voice' || (want === 'person' ? type === 'person' : want === 'body' ? type !== 'person' : type !== 'person')

/** Actors with a mention inside the span, people first: "Freedonian leader Ana Ruiz" is Ana Ruiz, not Freedonia. */
export function actorsInside(actors: readonly Actor[], span: { start: number; end: number }): string[] {
  const hits = actorsWithin(actors, span)
  const people = hits.filter((a) => a.type === 'person')
  return (people.length > 0 ? people : hits).map((a) => a.id)
}

const labels = new WeakMap<Actor, ReadonlySet<string>>()

/**
 * The words of an actor's name and role, lower-cased once per actor rather than once per pronoun that looks
 * back. Whole words: "he" must not find "Boucher", nor "it" "Security Council".
 */
function labelOf(a: Actor): ReadonlySet<string> {
  let label = labels.get(a)
  if (label === undefined) {
    label = new Set(`${a.name} ${a.role ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    labels.set(a, label)
  }
  return label
}

/**
 * The document's actors, with where each was last named before any point: each actor's mentions by end,
 * with the latest start among those ending by then. Built once per document, so a pronoun that looks
 * back reads each actor once instead of every mention in the document.
 */
export interface Cast {
  readonly actors: readonly Actor[]
  /** The latest start of a mention of actors[i] that ends by `at`, if any. */
  lastNamed(i: number, at: number): number | undefined
}

export function castOf(actors: readonly Actor[]): Cast {
  const byEnd = actors.map((a) => {
    const mentions = [...a.mentions].sort((x, y) => x.end - y.end)
    const latest: number[] = []
    for (const m of mentions) latest.push(Math.max(m.start, latest[latest.length - 1] ?? -Infinity))
    return { ends: mentions.map((m) => m.end), latest }
  })
  return {
    actors,
    lastNamed(i, at) {
      const { ends, latest } = byEnd[i]!
      let lo = 0
      let hi = ends.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (ends[mid]! <= at) lo = mid + 1
        else hi = mid
      }
      return lo > 0 ? latest[lo - 1] : undefined
    },
  }
}

/**
 * A pronoun or description ("They", "the ministry", "the FBI chief") refers back: to the previous
 * statement's speakers when they fit, else to the nearest earlier actor mention that fits.
 */
export function resolveBack(cast: Cast, span: Span, earlier: Earlier, wants: Wanted = wanted): string[] {
  const { want, head } = wants(span.text)
  const { actors } = cast
  let best: { id: string; at: number; named: boolean } | undefined
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!
    if (!fits(a.type, want)) continue
    const at = cast.lastNamed(i, span.start)
    if (at === undefined) continue
    const named = labelOf(a).has(head)
    if (!best || (named && !best.named) || (named === best.named && at > best.at)) best = { id: a.id, at, named }
  }
  // A description naming a role ("the FBI chief") goes to the actor holding it; otherwise the last speaker wins.
  if (best?.named) return [best.id]
  // A description whose head is no pronoun, no person and no body ("the clip", "the report") is not an
  // actor we know: better no speaker than a guess.
  if (want === 'any') return []
  const last = earlier.withSpeakers
  if (last) {
    const types = last.speakers.map((id) => actors.find((a) => a.id === id)?.type ?? 'group')
    const plural = last.speakers.length > 1 || types[0] !== 'person'
    if (want === 'plural' ? plural : types.every((t) => fits(t, want))) return [...last.speakers]
  }
  return best ? [best.id] : []
}

/**
 * What later statements look back to among those found so far: the latest with speakers (for "He",
 * "the ministry", a left-out subject) and the latest with a date of its own. Kept as statements are found,
 * so a look-back is one step however long the document (walking back was quadratic in a run of "he said").
 */
export interface Earlier {
  readonly withSpeakers?: Statement
  readonly dated?: Statement
}

/** Earlier, with one more statement found. */
export const withStatement = (e: Earlier, s: Statement): Earlier => ({
  withSpeakers: s.speakers.length > 0 ? s : e.withSpeakers,
  dated: s.time.value ? s : e.dated,
})

/**
 * A language's test for a speaker that refers back ("He", "the ministry") and how to read what it wants;
 * `aside` finds a clause set off after the speaker (", who …", ", speaking from …").
 */
export interface ReferenceWords {
  readonly refersBack: RegExp
  readonly wanted: Wanted
  readonly aside: RegExp
}

export const ENGLISH_REFERENCE: ReferenceWords = {
  refersBack: /^\s*(?:the|this|that|these|those|he|she|they|it|we)\b/i, wanted,
  aside: /,\s*(?:who|whose|whom|which|where|[a-z]+ing)\b/,
}

/** "Vela's stepmother, who married Vela's father, said": whoever the aside names does not speak. */
function beforeAside(source: Span, aside: RegExp): Span {
  const m = aside.exec(source.text)
  return m ? { start: source.start, end: source.start + m.index, text: source.text.slice(0, m.index) } : source
}

/** Speakers of one statement, and the chain links it came through. */
export function resolveSpeakers(
  cast: Cast, source: Span | undefined, via: Span | undefined, earlier: Earlier, words: ReferenceWords = ENGLISH_REFERENCE,
): { speakers: string[]; via: string[] } {
  if (!source) return { speakers: [], via: [] }
  const { actors } = cast
  const named = (span: Span) => {
    const inside = actorsInside(actors, span)
    return inside.length > 0 ? inside : words.refersBack.test(span.text) ? resolveBack(cast, span, earlier, words.wanted) : []
  }
  if (via && via.start === source.start) {
    // "The paper, citing senior sources, said": when the cited words name no actor, the relay itself speaks.
    const relay = named(via)
    const cited = named(citedPart(source, via)).filter((id) => !relay.includes(id))
    return cited.length > 0 ? { speakers: cited, via: relay } : { speakers: relay, via: [] }
  }
  const viaIds = via ? actorsInside(actors, via) : []
  // A relay's link ("…, citing …") is no aside: the cited words are read above.
  const head = via ? source : beforeAside(source, words.aside)
  const inside = actorsInside(actors, head).filter((id) => !viaIds.includes(id))
  const speakers = inside.length > 0 ? inside : words.refersBack.test(head.text) ? resolveBack(cast, head, earlier, words.wanted) : []
  return { speakers, via: viaIds }
}

/** The words a relay set before them cites: "the ministry" in "state TV, citing the ministry" (link word dropped). */
function citedPart(source: Span, via: Span): Span {
  const rest = source.text.slice(via.end - source.start)
  const start = via.end + (/^[\s,]*\S+\s+/u.exec(rest)?.[0].length ?? 0)
  return { start, end: source.end, text: source.text.slice(start - source.start) }
}
