import { spanAt } from '../../model/span.js'
import type { Sentence } from '../../model/annotations.js'
import { EVENT_KINDS, EVENT_TRIGGERS, NOUN_NEGATORS, VERB_NEGATORS, type TriggerEntry } from '../../lexicon/event-triggers.js'
import type { EventContext, EventMention } from './context.js'
import { leftEdge } from './phrase.js'
import { readPrepositions } from './prepositions.js'
import { countryMentionAt, isPlace } from './actors.js'
import { PhraseSet } from './token-text.js'

const TRIGGERS = PhraseSet.from(EVENT_TRIGGERS)
const NEGATOR = new Set<string>(NOUN_NEGATORS)
/** "to attack", "will raid": a bare noun form after these is a verb, and an unreal one. */
const MODAL = new Set<string>(VERB_NEGATORS)
/** Negators that deny the event even after a determiner-less modifier run ("no military operations"). */
const STRONG_NEGATOR = new Set(['no', 'any', 'without', 'nor', 'every'])
const OWNER = new Set(['its', 'their', 'his', 'her'])
const SPECIFIC = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'last', 'latest', 'recent'])

/**
 * Rule `nominal-trigger`: an event noun and its noun phrase, "the Freedonian raid on Port Lia".
 * The agent is a country or actor among the modifiers ("Freedonian", "Sylvania’s") or after "by";
 * "X and Y of Z" with two event nouns is one mention whose kind joins both. A plural needs a specific
 * determiner ("the raids") unless the caller has already judged the bare plural (`bare`, the talks rule).
 */
export function nominalMention(ctx: EventContext, trigger: number, end: number, entry: TriggerEntry, s: Sentence, bare = false): EventMention | null {
  const { tt, actors } = ctx
  const left = leftEdge(tt, trigger, s.firstToken)
  const before = tt.lower(left.start - 1)
  if (left.start > s.firstToken && NEGATOR.has(before) && (STRONG_NEGATOR.has(before) || !left.determiner)) return null
  if (!left.determiner && left.start === trigger && MODAL.has(before)) return null
  const plural = /s$/.test(tt.lower(end - 1)) && !/ss$/.test(tt.lower(end - 1))
  const agentStart = tt.tokens[left.modifiers]!.start
  const named = left.modifiers < trigger ? actors.within(agentStart, tt.tokens[trigger - 1]!.end) : undefined
  const country = left.modifiers < trigger ? countryMentionAt(tt, left.modifiers, trigger) : undefined
  if (plural && !bare && !(left.determiner && SPECIFIC.has(left.determiner))) return null
  const m: EventMention = {
    classes: [entry.cls], kind: EVENT_KINDS[entry.cls], span: spanAt(tt.text, 0, 0), trigger, first: left.start,
    form: 'noun', sentence: s, determiner: left.determiner, targets: [], weak: false, rule: 'nominal-trigger',
  }
  // "the Freedonian raid", "Freedonia’s raid" name the agent; "the Nairobi bombing" names the place;
  // "its raid" is the raid of the clause's subject.
  if (isPlace(country) && country.kind !== 'code') m.location = country.code
  else {
    const owner = left.determiner && OWNER.has(left.determiner) ? actors.before(tt.tokens[left.start]!.start, s.start) : undefined
    const agent = named?.id ?? (country ? actors.government(country.code) : owner?.id)
    if (agent) m.agent = agent
  }
  let e = end
  // "the attack and seizure of …": a second event noun joined by "and" belongs to the same phrase.
  const second = tt.lower(e) === 'and' ? TRIGGERS.match(tt, e + 1, s.endToken) : null
  if (second && second[1].form === 'noun') {
    if (second[1].cls !== entry.cls) {
      m.classes.push(second[1].cls)
      m.kind = `${EVENT_KINDS[entry.cls]} and ${EVENT_KINDS[second[1].cls]}`
    }
    e = second[0]
  }
  e = readPrepositions(ctx, m, e, s.endToken)
  m.span = spanAt(tt.text, tt.tokens[left.start]!.start, tt.tokens[e - 1]!.end)
  const person = m.targets.some((id) => actors.byId(id)?.type === 'person')
  m.weak = Boolean(entry.weak) && !m.agent && !left.military && !person && !m.location
  return m
}
