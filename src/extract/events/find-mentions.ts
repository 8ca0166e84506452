import type { Sentence } from '../../model/annotations.js'
import { contains } from '../../model/span.js'
import type { EventContext, EventMention } from './context.js'
import { meetingMention } from './meeting.js'
import { nominalMention } from './nominal.js'
import { talksMention } from './talks.js'
import { captureMention, crossingMention } from './territory.js'
import { decreeMention, fulfilledMention, verbalMention } from './verbal.js'
import type { LangTrigger } from './language.js'

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
const ruleFor = (e: LangTrigger) => (e.form === 'verb' ? verbalMention : e.cls === 'talks' ? talksMention : nominalMention)

/**
 * Refiner: a mention inside another one's span of a class they share (the "decree" of "issued a decree") is
 * dropped; one of another class stays ("killed in the attack" names the attack too).
 */
function dropNested(ms: EventMention[]): EventMention[] {
  const same = (o: EventMention, m: EventMention) => o.span.start === m.span.start && o.span.end === m.span.end
  const shares = (o: EventMention, m: EventMention) => o.classes.some((c) => m.classes.includes(c))
  // A mention lies within its sentence, so only its sentence's mentions can hold it (a bounded few).
  const inSentence = new Map<EventMention['sentence'], EventMention[]>()
  for (const m of ms) inSentence.get(m.sentence)?.push(m) ?? inSentence.set(m.sentence, [m])
  const holds = (o: EventMention, m: EventMention) => o !== m && shares(o, m) && contains(o.span, m.span) && (!same(o, m) || o.trigger < m.trigger)
  return ms.filter((m) => !inSentence.get(m.sentence)!.some((o) => holds(o, m)))
}

/** Every event mention in the document, in text order, before dating and merging. */
export function findMentions(ctx: EventContext): EventMention[] {
  const { tt, lang } = ctx
  const found: EventMention[] = []
  // One cheap pass over the text finds where the rules need to look.
  for (const hit of tt.text.matchAll(lang.scan)) {
    const i = tt.tokenAt(hit.index)
    if (tt.tokens[i]?.start !== hit.index) continue
    const s = sentenceOf(ctx.sentences, i)
    if (!s) continue
    const special = decreeMention(ctx, i, s) ?? fulfilledMention(ctx, i, s) ?? meetingMention(ctx, i, s) ?? captureMention(ctx, i, s) ?? crossingMention(ctx, i, s)
    const trigger = special ? null : lang.triggers.match(tt, i, s.endToken)
    const m = special ?? (trigger && ruleFor(trigger[1])(ctx, i, trigger[0], trigger[1], s))
    if (!m) continue
    found.push(m)
  }
  return dropNested(found)
}
