import type { Sentence } from '../../model/annotations.js'
import type { LangTrigger } from './language.js'
import { spanAt } from '../../model/span.js'
import { afterDateline } from '../segment/dateline.js'
import type { EventContext, EventMention } from './context.js'
import { countryMentionAt } from './actors.js'
import { nominalMention } from './nominal.js'
import { leftEdge, type LeftEdge } from './phrase.js'
import { addParty, readParties } from './talks-parties.js'

/** "Freedonia-hosted talks": a compound naming the host. */
const HOSTED_COMPOUND = /-(?:hosted|brokered|mediated|sponsored|led)$/i

/**
 * A bare "talks" is a noun when made specific ("the talks", "direct talks", "peace talks"), when what
 * follows is a party or place ("talks between", "talks hosted by"), or when it is a verb's object ("to
 * host talks"); after a pronoun, a person's name or a determined noun it is the verb ("she talks with",
 * "Ruiz talks to", "the minister talks on").
 */
function isTalksNoun(ctx: EventContext, trigger: number, end: number, left: LeftEdge): boolean {
  const { tt, lang } = ctx
  const words = lang.talks
  // "that talks …" and "this talks …": a plural noun takes no singular determiner, so "that" is a conjunction.
  if (left.determiner && left.determiner !== 'that' && left.determiner !== 'this') return true
  const prev = tt.lower(trigger - 1)
  if (words.pronouns.has(prev)) return false
  const name = tt.isCapitalized(trigger - 1) && !/['’]s$/.test(prev) && !HOSTED_COMPOUND.test(prev)
  if (name && !countryMentionAt(tt, trigger - 1, trigger, lang.countries)) return false
  const start = left.modifiers
  // "the minister talks on the radio": a determiner and a noun no event modifier allows make a subject.
  if (start === trigger && lang.determiners.has(tt.lower(trigger - 2))) return false
  return end - trigger > 1 || words.followers.has(tt.lower(end)) || words.verbs.has(tt.lower(start - 1)) || start < trigger
}

/** The actor hosting the talks as the subject of "host": "Freedonia offered to host talks". */
function hostingSubject(ctx: EventContext, left: LeftEdge, s: Sentence): { id: string; country?: string } | undefined {
  const { tt } = ctx
  if (!ctx.lang.talks.host.has(tt.lower(left.start - 1))) return undefined
  const host = ctx.actors.before(tt.tokens[left.start - 1]!.start, afterDateline(tt.text, s.start))
  return host && { id: host.id, ...(host.type === 'government' && host.country ? { country: host.country } : {}) }
}

/**
 * Rule `talks-noun`: "talks between Freedonia and Sylvania", "the peace talks in Lia", "the summit hosted
 * by Kenya", "the first session". The parties are the event's actors (no agent or target: talks are held
 * together); a state hosting them is a party and, unless a place is named, their place.
 * Session and round words only join talks already named.
 */
export function talksMention(ctx: EventContext, trigger: number, end: number, entry: LangTrigger, s: Sentence): EventMention | null {
  const { tt, lang } = ctx
  const head = tt.lower(end - 1)
  const left = leftEdge(lang, tt, trigger, s.firstToken)
  if (lang.talks.bare.has(head) && !isTalksNoun(ctx, trigger, end, left)) return null
  // "a round of applause", "a session of parliament": only the talks phrases take "of" here.
  if (lang.talks.joinOnly.has(head) && end - trigger === 1 && lang.ofPreps.has(tt.lower(end))) return null
  const m = nominalMention(ctx, trigger, end, entry, s, true)
  if (!m) return null
  m.rule = 'talks-noun'
  const e = readParties(ctx, m, tt.tokenAt(m.span.end), s.endToken)
  m.span = spanAt(tt.text, m.span.start, tt.tokens[e - 1]!.end)
  for (const id of [m.agent, ...m.targets]) addParty(m, id)
  delete m.agent
  m.targets = []
  const compound = tt.word(trigger - 1)
  if (HOSTED_COMPOUND.test(compound)) addParty(m, ctx.actors.countryGovernment(tt, trigger - 1, trigger))
  const host = hostingSubject(ctx, left, s)
  if (host) {
    addParty(m, host.id)
    m.hostPlace ??= host.country
  }
  // "reanudaron el diálogo": a talks verb makes a weak word that allows it ("diálogo") the event.
  const verbObject = Boolean(entry.verbObject) && lang.talks.verbs.has(tt.lower(left.start - 1))
  const backed = verbObject || Boolean(m.participants?.length || m.location || m.hostPlace || m.date)
  m.weak = lang.talks.joinOnly.has(head) || (Boolean(entry.weak) && !backed)
  return m
}
