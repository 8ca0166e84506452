import type { Sentence } from '../../model/annotations.js'
import { DECREE_VERBS, EVENT_TRIGGERS, type TriggerEntry } from '../../lexicon/event-triggers.js'
import { MEET_VERBS } from '../../lexicon/talks-words.js'
import { contains } from '../../model/span.js'
import type { EventContext, EventMention } from './context.js'
import { meetingMention } from './meeting.js'
import { nominalMention } from './nominal.js'
import { talksMention } from './talks.js'
import { captureMention, crossingMention, TERRITORY_VERBS } from './territory.js'
import { decreeMention, verbalMention } from './verbal.js'
import { PhraseSet } from './token-text.js'

const TRIGGERS = PhraseSet.from(EVENT_TRIGGERS)
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
const FIRST_WORDS = [...new Set([...Object.keys(EVENT_TRIGGERS).map((k) => k.split(' ')[0]!), ...DECREE_VERBS, ...MEET_VERBS, ...TERRITORY_VERBS])]
/** One cheap pass over the text finds where the rules need to look. */
const SCAN = new RegExp(`\\b(?:${FIRST_WORDS.map(escape).join('|')})\\b`, 'gi')

function sentenceOf(sentences: readonly Sentence[], token: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (token < s.firstToken) hi = mid - 1
    else if (token >= s.endToken) lo = mid + 1
    else return s
  }
  return undefined
}

/** The rule for a trigger word: talks nouns have their own, other nouns the nominal one, verbs the verbal one. */
const ruleFor = (e: TriggerEntry) => (e.form === 'verb' ? verbalMention : e.cls === 'talks' ? talksMention : nominalMention)

/** Refiner: a mention inside another one's span (the "decree" of "issued a decree") is dropped. */
function dropNested(ms: EventMention[]): EventMention[] {
  return ms.filter((m) => !ms.some((o) => o !== m && contains(o.span, m.span) && (o.span.start !== m.span.start || o.span.end !== m.span.end || o.trigger < m.trigger)))
}

/** Every event mention in the document, in text order, before dating and merging. */
export function findMentions(ctx: EventContext): EventMention[] {
  const { tt } = ctx
  const found: EventMention[] = []
  for (const hit of tt.text.matchAll(SCAN)) {
    const i = tt.tokenAt(hit.index)
    if (tt.tokens[i]?.start !== hit.index) continue
    const s = sentenceOf(ctx.sentences, i)
    if (!s) continue
    const special = decreeMention(ctx, i, s) ?? meetingMention(ctx, i, s) ?? captureMention(ctx, i, s) ?? crossingMention(ctx, i, s)
    const trigger = special ? null : TRIGGERS.match(tt, i, s.endToken)
    const m = special ?? (trigger && ruleFor(trigger[1])(ctx, i, trigger[0], trigger[1], s))
    if (!m) continue
    found.push(m)
  }
  return dropNested(found)
}
