import { spanAt } from '../../model/span.js'
import type { Sentence, Timex } from '../../model/annotations.js'
import { EVENT_KINDS } from '../../lexicon/en/event-triggers.js'
import { dateBy, type EventContext, type EventMention } from './context.js'
import type { LangTrigger } from './language.js'
import { leftEdge, objectEnd, type LeftEdge } from './phrase.js'
import { readPrepositions } from './prepositions.js'
import { countryMentionAt, countryPairAt, isPlace } from './actors.js'
import { subjectOf } from './verbal.js'

/**
 * Whose act "its raid" is: the actor named last before it in the sentence, unless a country is named after
 * that actor ("the council said sanctions on Freedonia stay until its invasion ends").
 */
function ownerBefore(ctx: EventContext, start: number, s: Sentence): string | undefined {
  const { tt, actors, lang } = ctx
  const named = actors.mentionBefore(tt.tokens[start]!.start, s.start)
  for (let k = start - 1; k >= (named ? tt.tokenAt(named.end) : s.firstToken); k--) {
    const c = lang.countries.at(tt, k)
    if (c?.kind === 'name') return actors.government(c.code)
  }
  return named?.actor.id
}

/**
 * Adjectives after the event noun, as Spanish puts them: "la operación militar estadounidense". A military
 * adjective makes a weak trigger an event, and a demonym names the agent. Returns the end of the run.
 */
function readPostModifiers(ctx: EventContext, m: EventMention, from: number, limit: number): { end: number; military: boolean } {
  const { tt, lang } = ctx
  let e = from
  let military = false
  // A language whose adjectives precede the noun (English) has none to read here.
  if (lang.postModifiers.size === 0) return { end: e, military }
  while (e < limit) {
    const w = tt.lower(e)
    if (lang.postModifiers.has(w)) {
      military ||= lang.military.has(w)
      e++
      continue
    }
    // "las conversaciones Chile-Perú", "las negociaciones chileno-peruanas": both countries take part.
    const pair = countryPairAt(tt, e, e + 1, lang.countries)
    if (pair) {
      m.participants ??= pair.map((code) => ctx.actors.government(code))
      e++
      continue
    }
    if (tt.isCapitalized(e)) break
    // A demonym the country data knows, or one the mentions stage resolved (a country it learned from the article).
    const c = lang.countries.at(tt, e)
    const placed = ctx.actors.startingAt(tt.tokens[e]!.start)
    if (c && (c.kind === 'demonym' || c.kind === 'people')) {
      m.agent ??= ctx.actors.within(tt.tokens[e]!.start, tt.tokens[c.endToken - 1]!.end)?.id ?? ctx.actors.government(c.code)
      e = c.endToken
    } else if (placed?.actor.type === 'government') {
      m.agent ??= placed.actor.id
      e = tt.tokenAt(placed.end)
    } else break
  }
  return { end: e, military }
}

/**
 * "la detención del proceso" stops a process; the arrest sense needs a person after "de": a name, a person
 * the mentions stage found, or a noun for people ("del alcalde", "de tres periodistas").
 */
function personAfter(ctx: EventContext, e: number, limit: number): boolean {
  const { tt, lang } = ctx
  const oe = objectEnd(lang, tt, e + 1, limit)
  if (oe < 0) return false
  const start = tt.tokens[e + 1]!.start
  const actor = ctx.actors.within(start, tt.tokens[oe - 1]!.end)
  if (actor?.type === 'person' || actor?.type === 'group') return true
  for (let k = e + 1; k < oe; k++) if (tt.isCapitalized(k) || lang.personNouns.has(tt.lower(k))) return true
  return false
}

/**
 * The noun phrase's left edge, stepping over a date that stands among its modifiers ("the Oct. 3 raid",
 * "its 2019 invasion", "Monday's attack"): that date is the event's own.
 */
function leftWithDate(ctx: EventContext, trigger: number, s: Sentence): { left: LeftEdge; date?: Timex } {
  const { tt, lang } = ctx
  let left = leftEdge(lang, tt, trigger, s.firstToken)
  const ending = ctx.datesEndingAt.get(left.start - 1)
  if (ending && !left.determiner) left = leftEdge(lang, tt, tt.tokenAt(ending.span.start), s.firstToken)
  for (let k = left.start; k < trigger; k++) {
    const date = ctx.datesAt.get(k)
    if (date && tt.tokenAt(date.span.end) <= trigger) return { left, date }
  }
  return { left }
}

/** "the current visit": a modifier telling the event as going on when the article was written. */
function ongoingAt(ctx: EventContext, left: LeftEdge, trigger: number): boolean {
  for (let k = left.modifiers; k < trigger; k++) if (ctx.lang.ongoing.has(ctx.tt.lower(k))) return true
  return false
}

/** A plural names events already told of when made specific ("the raids"), counted ("two raids") or modified ("fresh raids"). */
function specificPlural(ctx: EventContext, left: LeftEdge, trigger: number): boolean {
  const { tt, lang } = ctx
  if (left.determiner) return lang.specific.has(left.determiner)
  if (lang.counters.has(tt.lower(left.start - 1)) || tt.tokens[left.start - 1]?.kind === 'number') return true
  for (let k = left.modifiers; k < trigger; k++) if (lang.modifiers.has(tt.lower(k))) return true
  return false
}

/**
 * Rule `nominal-trigger`: an event noun and its noun phrase, "the Freedonian raid on Port Lia".
 * The agent is a country or actor among the modifiers ("Freedonian", "Sylvania’s"), a demonym after the
 * noun ("la ofensiva freedonia") or after "by"; "X and Y of Z" with two event nouns is one mention whose
 * kind joins both. A plural needs a specific determiner ("the raids") unless the caller has already judged
 * the bare plural (`bare`, the talks rule).
 */
export function nominalMention(ctx: EventContext, trigger: number, end: number, entry: LangTrigger, s: Sentence, bare = false): EventMention | null {
  const { tt, actors, lang } = ctx
  if (lang.otherSenses.match(tt, trigger, s.endToken)) return null
  const { left, date } = leftWithDate(ctx, trigger, s)
  const before = tt.lower(left.start - 1)
  if (left.start > s.firstToken && lang.nounNegators.has(before) && (lang.strongNegators.has(before) || !left.determiner)) return null
  if (!left.determiner && left.start === trigger && (lang.verbNegators.has(before) || entry.determined)) return null
  const plural = /s$/.test(tt.lower(end - 1)) && !/ss$/.test(tt.lower(end - 1))
  const agentStart = tt.tokens[left.modifiers]!.start
  // A title before the left edge ("Mrs. Lind's visit") still names the agent.
  const named = left.modifiers < trigger ? actors.endingWithin(agentStart, tt.tokens[trigger - 1]!.end) : undefined
  const country = left.modifiers < trigger ? countryMentionAt(tt, left.modifiers, trigger, lang.countries) : undefined
  const pair = left.modifiers < trigger ? countryPairAt(tt, left.modifiers, trigger, lang.countries) : undefined
  if (plural && !bare && !specificPlural(ctx, left, trigger)) return null
  const m: EventMention = {
    classes: [entry.cls], kind: entry.kind ?? EVENT_KINDS[entry.cls], span: spanAt(tt.text, 0, 0), trigger, first: left.start,
    form: 'noun', sentence: s, determiner: left.determiner, targets: [], weak: false, rule: 'nominal-trigger',
    ...(plural && !bare && !left.determiner ? { introduces: true } : {}),
  }
  if (date) dateBy(m, date, 'date-adjacent')
  else if (ctx.published && ongoingAt(ctx, left, trigger)) {
    m.date = ctx.published
    m.dateRule = 'date-ongoing'
  }
  // "the Freedonian raid", "Freedonia’s raid" name the agent; "the Nairobi bombing" names the place;
  // "its raid" is the raid of the clause's subject; "the Kenya-Uganda talks" are both countries'.
  if (pair) m.participants = pair.map((code) => actors.government(code))
  else if (isPlace(country) && country.kind !== 'code') m.location = country.code
  else {
    const owner = left.determiner && lang.owners.has(left.determiner) ? ownerBefore(ctx, left.start, s) : undefined
    // "the council imposed an embargo", "Freedonia launched an offensive": who performs the act is its agent.
    const performer = lang.perform.has(tt.lower(left.start - 1)) ? subjectOf(ctx, left.start - 1, s) : undefined
    const agent = named?.id ?? (country ? actors.government(country.code) : owner ?? performer)
    if (agent) m.agent = agent
  }
  const post = readPostModifiers(ctx, m, end, s.endToken)
  let e = post.end
  if (entry.personOf && lang.ofPreps.has(tt.lower(e)) && !personAfter(ctx, e, s.endToken)) return null
  // "the attack and seizure of …": a second event noun joined by "and" belongs to the same phrase.
  // Spanish repeats the determiner: "la destitución y el arresto del general".
  const next = lang.conjunctions.has(tt.lower(e)) ? (lang.repeatsDeterminer && lang.determiners.has(tt.lower(e + 1)) ? e + 2 : e + 1) : -1
  const second = next > 0 ? lang.triggers.match(tt, next, s.endToken) : null
  let ofRole = entry.of
  if (second && second[1].form === 'noun') {
    // "el ataque y la captura del presidente": the "de" phrase belongs to the nearer noun.
    ofRole = second[1].of
    if (second[1].cls !== entry.cls) {
      m.classes.push(second[1].cls)
      m.kind = `${EVENT_KINDS[entry.cls]} and ${EVENT_KINDS[second[1].cls]}`
    }
    e = second[0]
  }
  // "the accord signed by X", "el acuerdo firmado por X": a perform verb's "by" names the event's own agent.
  if (lang.perform.has(tt.lower(e)) && lang.byPreps.match(tt, e + 1)) e++
  e = readPrepositions(ctx, m, e, s.endToken, ofRole ?? lang.ofRole)
  m.span = spanAt(tt.text, tt.tokens[left.start]!.start, tt.tokens[e - 1]!.end)
  const person = m.targets.some((id) => actors.byId(id)?.type === 'person')
  const agent = m.agent && !(entry.stateAgent && actors.byId(m.agent)?.type === 'person')
  m.weak = Boolean(entry.weak) && !agent && !left.military && !post.military && !person && !m.location
  return m
}
