import type { Sentence } from '../../model/annotations.js'
import { CAPTURE_VERBS, CONTROL_VERBS, CROSSING_VERBS, EVENT_KINDS, GROUND_NOUNS, VERB_NEGATORS, type EventClass } from '../../lexicon/event-triggers.js'
import { FORCE_NOUNS } from '../../lexicon/propositions.js'
import { spanAt } from '../../model/span.js'
import { placeIn, type EventContext, type EventMention } from './context.js'
import { namesTown, objectEnd } from './phrase.js'
import { readPrepositions } from './prepositions.js'
import { afterDateline } from '../segment/dateline.js'

const CAPTURE = new Set<string>(CAPTURE_VERBS)
const CONTROL = new Set<string>(CONTROL_VERBS)
const CROSSING = new Set<string>(CROSSING_VERBS)
const GROUND = new Set<string>(GROUND_NOUNS)
const FORCE = new Set<string>(FORCE_NOUNS.filter((f) => !f.includes(' ')))
const NEGATOR = new Set<string>(VERB_NEGATORS)
const SUBJECT_REACH = 10

/** Words that start the verbs of this file, for the events stage's trigger scan. */
export const TERRITORY_VERBS: readonly string[] = [...new Set([...CAPTURE_VERBS, ...CONTROL_VERBS, ...CROSSING_VERBS])]

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
  const { tt } = ctx
  if (namesTown(tt, from, to) || placeIn(ctx, from, to)) return true
  for (let k = from; k < to; k++) if (GROUND.has(tt.lower(k))) return true
  return false
}

/**
 * Rule `capture-verb`: ground taken — "the rebels seized the town of Brisk", "captured Port Lia", "took
 * control of the airport", "overran several villages". The object must be ground: "captured two soldiers"
 * is a casualty figure and "seized weapons" no event here.
 */
export function captureMention(ctx: EventContext, verb: number, s: Sentence): EventMention | null {
  const { tt } = ctx
  const w = tt.lower(verb)
  if (NEGATOR.has(tt.lower(verb - 1))) return null
  let start = verb + 1
  if (CONTROL.has(w) && tt.lower(verb + 1) === 'control' && /^(of|over)$/.test(tt.lower(verb + 2))) start = verb + 3
  else if (!CAPTURE.has(w)) return null
  const oe = objectEnd(tt, start, s.endToken)
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
  const { tt } = ctx
  if (!CROSSING.has(tt.lower(verb)) || NEGATOR.has(tt.lower(verb - 1))) return null
  let force = false
  for (let k = verb - 1; k >= Math.max(s.firstToken, verb - SUBJECT_REACH) && tt.tokens[k]!.kind !== 'punct'; k--) {
    if (FORCE.has(tt.lower(k))) { force = true; break }
  }
  if (!force) return null
  const next = tt.lower(verb + 1)
  const over = next === 'into' || next === 'near' || next === 'over' ? verb + 2 : verb + 1
  const oe = objectEnd(tt, over, s.endToken)
  if (oe < 0 || !namesGround(ctx, over, oe)) return null
  const m = mention(ctx, 'incursion', verb, next === 'into' ? oe : verb + 1, s, 'crossing-verb')
  const code = next === 'into' ? placeIn(ctx, over, oe) : undefined
  if (code) m.location = code
  return m
}
