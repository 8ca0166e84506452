import type { Sentence } from '../../model/annotations.js'
import { EVENT_KINDS, type EventClass } from '../../lexicon/en/event-triggers.js'
import { spanAt } from '../../model/span.js'
import { placeIn, type EventContext, type EventMention } from './context.js'
import { countryAt } from './actors.js'
import { namesTown, objectEnd } from './phrase.js'
import { readPrepositions } from './prepositions.js'
import { afterDateline } from '../segment/dateline.js'

const SUBJECT_REACH = 10

function mention(ctx: EventContext, cls: EventClass, verb: number, end: number, s: Sentence, rule: string): EventMention {
  const { tt } = ctx
  const m: EventMention = {
    classes: [cls], kind: EVENT_KINDS[cls], span: spanAt(tt.text, 0, 0), trigger: verb, first: verb,
    form: 'verb', sentence: s, targets: [], weak: false, rule,
  }
  const from = afterDateline(tt.text, s.start)
  const agent = ctx.actors.before(tt.tokens[verb]!.start, from)
  if (agent) m.agent = agent.id
  const e = readPrepositions(ctx, m, end, s.endToken)
  m.span = spanAt(tt.text, tt.tokens[verb]!.start, tt.tokens[e - 1]!.end)
  return m
}

/** Whether tokens [from, to) name ground: a town ("the town of Brisk"), a country or capital, or a ground noun. */
function namesGround(ctx: EventContext, from: number, to: number): boolean {
  const { tt, lang } = ctx
  if (namesTown(lang, tt, from, to) || placeIn(ctx, from, to)) return true
  for (let k = from; k < to; k++) if (lang.ground.has(tt.lower(k))) return true
  return false
}

/**
 * Rule `capture-verb`: ground taken — "the rebels seized the town of Brisk", "captured Port Lia", "took
 * control of the airport", "tomaron el control de la ciudad". The object must be ground: "captured two
 * soldiers" is a casualty figure and "seized weapons" no event here.
 */
export function captureMention(ctx: EventContext, verb: number, s: Sentence): EventMention | null {
  const { tt, lang } = ctx
  const w = tt.lower(verb)
  if (lang.verbNegators.has(tt.lower(verb - 1))) return null
  // "took control of", "tomaron el control de": the object follows the control phrase.
  const control = lang.control.has(w) ? lang.controlPhrases.match(tt, verb + 1, s.endToken)?.[0] ?? -1 : -1
  if (control < 0 && !lang.capture.has(w)) return null
  const start = control > 0 ? control : verb + 1
  const oe = objectEnd(lang, tt, start, s.endToken)
  if (oe < 0 || !namesGround(ctx, start, oe)) return null
  const m = mention(ctx, 'capture', verb, oe, s, 'capture-verb')
  const code = placeIn(ctx, start, oe)
  if (code) m.location = code
  return m
}

/**
 * Rule `crossing-verb`: troops going over a border — "armoured units crossed into Freedonia", "400 troops had
 * crossed near the village of Tarn", "soldiers crossed the border". A force noun must be the subject, within
 * the clause before the verb; where they crossed follows ("into X", "the border", "near <town>").
 */
export function crossingMention(ctx: EventContext, verb: number, s: Sentence): EventMention | null {
  const { tt, lang } = ctx
  if (!lang.crossing.has(tt.lower(verb)) || lang.verbNegators.has(tt.lower(verb - 1))) return null
  let force = -1
  for (let k = verb - 1; k >= Math.max(s.firstToken, verb - SUBJECT_REACH) && tt.tokens[k]!.kind !== 'punct'; k--) {
    if (lang.force.has(tt.lower(k))) { force = k; break }
  }
  if (force < 0) return null
  const into = lang.crossInto.match(tt, verb + 1, s.endToken)
  const over = into?.[0] ?? lang.crossNear.match(tt, verb + 1, s.endToken)?.[0] ?? verb + 1
  const oe = objectEnd(lang, tt, over, s.endToken)
  if (oe < 0 || !namesGround(ctx, over, oe)) return null
  const m = mention(ctx, 'incursion', verb, into ? oe : verb + 1, s, 'crossing-verb')
  const code = into ? placeIn(ctx, over, oe) : undefined
  if (code) m.location = code
  // "las tropas de Uganda cruzaron", "las tropas ugandesas cruzaron": the forces' own country, named after
  // them, is the agent, rather than a source named earlier in the sentence ("según el ministerio …").
  const own = force + 1 < verb ? countryAt(tt, force + 1, verb, lang.countries) : undefined
  if (own) m.agent = ctx.actors.government(own)
  return m
}
