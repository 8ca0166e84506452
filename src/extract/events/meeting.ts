import type { Sentence } from '../../model/annotations.js'
import { EVENT_KINDS } from '../../lexicon/en/event-triggers.js'
import { spanAt } from '../../model/span.js'
import type { EventContext, EventMention } from './context.js'
import { countryMentionAt } from './actors.js'
import { addParty, readParties } from './talks-parties.js'


/** Where adjectives follow the noun, "las delegaciones sarvenia y valdoria": only lower-case words and conjunctions up to `k`. */
function adjectivesAfter(ctx: EventContext, head: number, k: number): boolean {
  const { tt, lang } = ctx
  if (lang.postModifiers.size === 0) return false
  for (let j = head + 1; j <= k; j++) if (tt.tokens[j]!.kind !== 'word' || tt.isCapitalized(j)) return false
  return true
}

/** The head of a delegation-like subject ending before token `k` (inclusive), and where its clause starts. */
function subjectHead(ctx: EventContext, k: number, s: Sentence): { head: number; start: number } | undefined {
  const { tt } = ctx
  const words = ctx.lang.talks
  let head = -1
  let j = k
  for (; j >= s.firstToken && k - j < 6; j--) {
    if (tt.tokens[j]!.kind === 'punct' || words.clauseStop.has(tt.lower(j))) break
    if (head < 0 && words.meetSubjects.has(tt.lower(j))) head = j
  }
  if (head < 0) return undefined
  // A subject's own phrase may stand between its head and the verb: "delegations from both countries".
  if (head < k && !words.postModifiers.has(tt.lower(head + 1)) && !adjectivesAfter(ctx, head, k)) return undefined
  if (words.sides.has(tt.lower(head)) && !words.sideCounters.has(tt.lower(head - 1))) return undefined
  return { head, start: j + 1 }
}

/** A party (an actor, or a country form) whose words end just before token `end`, and where they start. */
function partyEndingAt(ctx: EventContext, end: number, s: Sentence): { id: string; start: number } | undefined {
  const { tt, actors } = ctx
  if (end <= s.firstToken) return undefined
  const placed = actors.mentionBefore(tt.tokens[end - 1]!.end, s.start)
  const type = placed?.actor.type
  if (placed && placed.end === tt.tokens[end - 1]!.end && (type === 'government' || type === 'person' || type === 'organization')) {
    return { id: placed.actor.id, start: tt.tokenAt(placed.start) }
  }
  for (let j = end - 1; j >= Math.max(s.firstToken, end - 4); j--) {
    const c = ctx.lang.countries.at(tt, j)
    if (c?.endToken === end && c.kind !== 'demonym') return { id: actors.government(c.code), start: j }
  }
  return undefined
}

/**
 * Named parties as the subject of a meeting verb: "Freedonia and Sylvania conferred", or one party
 * meeting "with" another ("the minister met with Ruiz"), which the caller reads after the verb.
 */
function namedSubjects(ctx: EventContext, k: number, verbEnd: number, s: Sentence): string[] {
  const { tt, lang } = ctx
  const last = partyEndingAt(ctx, k + 1, s)
  if (!last) return []
  let start = last.start
  if (tt.lower(start - 1) === 'the') start--
  const first = lang.conjunctions.has(tt.lower(start - 1)) ? partyEndingAt(ctx, start - 1, s) : undefined
  if (first) return [first.id, last.id]
  return lang.talks.with.has(tt.lower(verbEnd)) ? [last.id] : []
}

/**
 * Rule `meeting-verb`: delegations, negotiators or "the two sides" meeting are talks: "the Freedonian and
 * Sylvanian delegations met in Lia on Monday", "delegations from both countries would meet in Lia". Talks
 * may be planned, so "would" and "will" do not make the meeting unreal; "not" and "refused to" do. The
 * meeting must say where, with whom or when, or end its sentence ("his wife met him at home" is no subject here).
 */
export function meetingMention(ctx: EventContext, verb: number, s: Sentence): EventMention | null {
  const { tt } = ctx
  const words = ctx.lang.talks
  if (!words.meet.has(tt.lower(verb))) return null
  let k = verb - 1
  while (k >= s.firstToken && words.meetAux.has(tt.lower(k))) k--
  if (words.meetNegators.has(tt.lower(k))) return null
  for (let j = k + 1; j < verb; j++) if (words.meetNegators.has(tt.lower(j))) return null
  let e = verb + 1
  while (e < s.endToken && e - verb <= 4 && words.meetAdverbs.has(tt.lower(e))) e++
  const subject = subjectHead(ctx, k, s)
  const named = subject ? [] : namedSubjects(ctx, k, e, s)
  if (!subject && named.length === 0) return null
  if (e < s.endToken && !ctx.datesAt.has(e) && !words.meetFollowers.has(tt.lower(e))) return null
  const m: EventMention = {
    classes: ['talks'], kind: EVENT_KINDS.talks, span: spanAt(tt.text, 0, 0), trigger: verb, first: verb,
    form: 'verb', sentence: s, targets: [], weak: false, rule: 'meeting-verb',
  }
  // "the Freedonian and Sylvanian delegations", "delegations from Kenya and Uganda": each country is a party.
  for (let j = subject?.start ?? k + 1; j <= k; j++) {
    const c = countryMentionAt(tt, j, j + 1, ctx.lang.countries)
    if (c) addParty(m, ctx.actors.government(c.code))
  }
  for (const id of named) addParty(m, id)
  e = readParties(ctx, m, e, s.endToken)
  // One named party meets only "with" another: "he met with reporters" names no talks.
  if (!subject && (m.participants?.length ?? 0) < 2) return null
  m.span = spanAt(tt.text, tt.tokens[verb]!.start, tt.tokens[Math.max(verb, e - 1)]!.end)
  return m
}
