import { spanAt } from '../../model/span.js'
import type { Sentence } from '../../model/annotations.js'
import { EVENT_KINDS } from '../../lexicon/en/event-triggers.js'
import type { LangTrigger } from './language.js'
import { placeIn, type EventContext, type EventMention } from './context.js'
import { countryAt } from './actors.js'
import { afterDateline } from '../segment/dateline.js'
import { namesTown, objectEnd } from './phrase.js'
import { readPrepositions } from './prepositions.js'
import { craftIn, departurePlace } from './craft.js'

/** "not attacked", and "no lo detuvieron" with an object pronoun between the negator and the verb. */
function negated(ctx: EventContext, verb: number): boolean {
  const { tt, lang } = ctx
  return lang.verbNegators.has(tt.lower(verb - 1)) || (lang.clitics.has(tt.lower(verb - 1)) && lang.verbNegators.has(tt.lower(verb - 2)))
}

function draft(ctx: EventContext, trigger: number, entry: { cls: LangTrigger['cls']; kind?: string }, s: Sentence, rule: string): EventMention {
  return {
    classes: [entry.cls], kind: entry.kind ?? EVENT_KINDS[entry.cls], span: spanAt(ctx.tt.text, 0, 0), trigger, first: trigger,
    form: 'verb', sentence: s, targets: [], weak: false, rule,
  }
}

/** How many words before a verb its subject's craft may be named ("the jet operated by Lia Air crashed"). */
const SUBJECT_REACH = 10

/** How many words may open a sentence before the actor a later pronoun stands for ("The Irish police"). */
const OPENING_REACH = 4

/**
 * pronoun-subject: "Police found the bomb. They arrested two men": a pronoun right before the verb (an
 * auxiliary or adverb between) stands for the actor opening the sentence before, a person for "he".
 */
function pronounSubject(ctx: EventContext, trigger: number, s: Sentence): string | undefined {
  const { tt, lang } = ctx
  const k = [trigger - 1, trigger - 2].find((j) => j >= s.firstToken && (lang.personPronouns.has(tt.lower(j)) || lang.groupPronouns.has(tt.lower(j))))
  if (k === undefined || (k < trigger - 1 && tt.tokens[k + 1]!.kind !== 'word')) return undefined
  const prev = ctx.sentences[s.index - 1]
  if (!prev || prev.index !== s.index - 1) return undefined
  const from = afterDateline(tt.text, prev.start)
  const first = tt.tokenAt(from)
  const opening = ctx.actors.within(from, tt.tokens[Math.min(prev.endToken, first + OPENING_REACH) - 1]!.end)
  if (!opening) return undefined
  return (opening.type === 'person') === lang.personPronouns.has(tt.lower(k)) ? opening.id : undefined
}

/** The subject's actor: the last one named before the verb in its sentence, else a country there (after any dateline). */
export function subjectOf(ctx: EventContext, trigger: number, s: Sentence): string | undefined {
  const from = afterDateline(ctx.tt.text, s.start)
  const named = ctx.actors.before(ctx.tt.tokens[trigger]!.start, from)
  if (named) return named.id
  const pronoun = pronounSubject(ctx, trigger, s)
  if (pronoun) return pronoun
  const code = countryAt(ctx.tt, Math.max(s.firstToken, ctx.tt.tokenAt(from)), trigger, ctx.lang.countries)
  return code ? ctx.actors.government(code) : undefined
}

/** "No soldiers were killed", "ningún civil fue detenido": a passive whose subject is denied names no event. */
function noneSuffered(ctx: EventContext, trigger: number, s: Sentence): boolean {
  const { tt, lang } = ctx
  if (!lang.passive.has(tt.lower(trigger - 1)) && !lang.passive.has(tt.lower(trigger - 2))) return false
  for (let k = trigger - 1; k >= Math.max(s.firstToken, trigger - 6); k--) {
    if (tt.tokens[k]!.kind === 'punct') return false
    if (lang.strongNegators.has(tt.lower(k))) return true
  }
  return false
}

/**
 * Whether the subject (the words before the verb in its clause) is what the verb needs: a crowd of people
 * ("ethnic Kurds", "protesters", not forces), armed forces ("the vanguard of the contingent") or a craft.
 */
function subjectIs(ctx: EventContext, kind: NonNullable<LangTrigger['subject']>, trigger: number, s: Sentence): boolean {
  const { tt, lang } = ctx
  // "in March": a capital is a name, not the verb.
  if (tt.isCapitalized(trigger)) return false
  for (let k = trigger - 1; k >= Math.max(s.firstToken, trigger - 6); k--) {
    const w = tt.lower(k)
    if (tt.tokens[k]!.kind === 'punct') return false
    if (lang.force.has(w)) return kind === 'force'
    if (lang.craft.has(w)) return kind === 'craft'
    const people = lang.countries.at(tt, k)?.kind === 'people'
    if (kind === 'crowd' && (people || lang.personNouns.has(w))) return true
  }
  return false
}

/**
 * "fue destituido y detenido": a second participle joined by a conjunction shares the auxiliary, so the
 * two are one mention whose kind joins both, as "the dismissal and arrest of" is. Only languages that mark
 * their participles take this; returns the new end.
 */
function joinParticiple(ctx: EventContext, m: EventMention, entry: LangTrigger, end: number, s: Sentence): number {
  const { tt, lang } = ctx
  if (!entry.participle || !lang.conjunctions.has(tt.lower(end))) return end
  const second = lang.triggers.match(tt, end + 1, s.endToken)
  if (!second?.[1].participle) return end
  if (second[1].cls !== entry.cls) {
    m.classes.push(second[1].cls)
    m.kind = `${EVENT_KINDS[entry.cls]} and ${EVENT_KINDS[second[1].cls]}`
  }
  return second[0]
}

/**
 * Rule `verbal-trigger`: "Freedonian forces attacked Port Lia", "the mayor was arrested".
 * Active: the subject is the agent and the object the target. Passive: the subject is the target
 * and "by X" the agent. Modal or negated verbs ("threatened to attack") are not events.
 */
export function verbalMention(ctx: EventContext, trigger: number, end: number, entry: LangTrigger, s: Sentence, rule = 'verbal-trigger'): EventMention | null {
  const { tt, lang } = ctx
  // A fulfilled threat's act follows "to" (fulfilledMention): told as done, not as a wish.
  const unreal = rule === 'verbal-trigger' && negated(ctx, trigger)
  if (unreal || noneSuffered(ctx, trigger, s) || lang.otherSenses.match(tt, trigger, s.endToken)) return null
  const m = draft(ctx, trigger, entry, s, rule)
  // "was stormed", "had been raided", and the reduced relative "the town stormed by Freedonian forces".
  const auxiliary = lang.passive.has(tt.lower(trigger - 1)) || lang.passive.has(tt.lower(trigger - 2))
  const byPhrase = (!lang.participlesOnly || Boolean(entry.participle)) && lang.byPreps.match(tt, end) !== null
  const passive = auxiliary || byPhrase
  const subject = subjectOf(ctx, trigger, s)
  let e = passive ? joinParticiple(ctx, m, entry, end, s) : end
  // "the airliner was shot down", "two Freedonian helicopters crashed": the subject names the craft.
  if (auxiliary || entry.cls === 'crash') {
    const craft = craftIn(ctx, Math.max(s.firstToken, trigger - SUBJECT_REACH), trigger)
    if (craft) m.craft = craft
  }
  let personWord = false
  // "the town stormed by …": the target is the noun right before, not the sentence's last actor.
  if (passive) {
    if (subject && auxiliary) m.targets.push(subject)
    // "el alcalde fue detenido": a noun for a person in the subject makes a weak verb an event.
    if (auxiliary) for (let k = s.firstToken; k < trigger; k++) personWord ||= lang.personNouns.has(tt.lower(k))
  } else {
    // A crash has no agent but whose craft it was: the owner named with it; a craft named with no owner
    // is the subject, and the last actor before it is someone else ("killed en route to Lia when two jets crashed").
    const owner = entry.cls === 'crash' ? m.craft?.owner : undefined
    if (owner) m.agent = ctx.actors.government(owner)
    else if (subject && !(entry.cls === 'crash' && m.craft)) m.agent = subject
    // "detuvieron al alcalde": the object starts after the personal "a".
    const o = lang.objectMarkers.has(tt.lower(e)) ? e + 1 : e
    // A crash takes no object: "crashed minutes after take-off" tells when, not what.
    const oe = entry.cls === 'crash' ? 0 : objectEnd(lang, tt, o, s.endToken)
    if (oe > 0 && !ctx.datesAt.has(o)) {
      const named = ctx.actors.within(tt.tokens[o]!.start, tt.tokens[oe - 1]!.end)
      const code = countryAt(tt, o, oe, lang.countries)
      const who = named?.id ?? (code ? ctx.actors.government(code) : undefined)
      if (who) m.targets.push(who)
      // "shot down the Freedonian airliner": a struck craft's country is its owner, not where it was.
      const craft = craftIn(ctx, o, oe)
      if (craft) m.craft = craft
      const place = craft ? undefined : code ?? placeIn(ctx, o, oe)
      if (place && entry.cls === 'attack') m.location = place
      else if (namesTown(lang, tt, o, oe)) m.town = true
      for (let k = o; k < oe; k++) personWord ||= lang.personNouns.has(tt.lower(k))
      m.object = tt.lower(oe - 1)
      e = oe
    }
  }
  e = readPrepositions(ctx, m, e, s.endToken)
  const departure = entry.cls === 'crash' && !m.location ? departurePlace(ctx, e, s.endToken) : undefined
  if (departure) m.location = departure
  m.span = spanAt(tt.text, tt.tokens[trigger]!.start, tt.tokens[e - 1]!.end)
  const person = personWord || m.targets.some((id) => ctx.actors.byId(id)?.type === 'person')
  const bySubject = entry.subject !== undefined && !passive && subjectIs(ctx, entry.subject, trigger, s)
  // A kept threat is an act whatever its words' everyday senses.
  m.weak = Boolean(entry.weak) && !person && !bySubject && rule !== 'fulfilled-threat'
  return m
}

/**
 * Rule `decree-verb`: a decree verb and, within a few words of the same clause, what it decrees:
 * "decreed two days of mourning", "declared a state of emergency". The agent is the subject.
 */
export function decreeMention(ctx: EventContext, verb: number, s: Sentence): EventMention | null {
  const { tt, lang } = ctx
  if (!lang.decreeVerbs.has(tt.lower(verb)) || negated(ctx, verb)) return null
  for (let k = verb + 1; k < Math.min(s.endToken, verb + 9); k++) {
    if (tt.tokens[k]!.kind === 'punct') return null
    const object = lang.decreeObjects.match(tt, k, s.endToken)
    if (!object) continue
    const m = draft(ctx, verb, { cls: 'decree' }, s, 'decree-verb')
    m.kind = object[1]
    const agent = subjectOf(ctx, verb, s)
    if (agent) m.agent = agent
    m.key = tt.text.slice(tt.tokens[verb + 1]!.start, tt.tokens[k]!.start).trim().toLowerCase() || undefined
    m.span = spanAt(tt.text, tt.tokens[verb]!.start, tt.tokens[object[0] - 1]!.end)
    return m
  }
  return null
}

/** How many words may stand between a fulfilling verb and its promise noun ("kept their grim promise"). */
const FULFIL_REACH = 3

/**
 * Rule `fulfilled-threat`: "kidnappers kept their promise to kill the store owner", "cumplieron su amenaza de
 * bombardear el puerto": an act once promised or threatened, told as done, read at its verb as a verbal trigger.
 */
export function fulfilledMention(ctx: EventContext, i: number, s: Sentence): EventMention | null {
  const { tt } = ctx
  const f = ctx.lang.fulfilment
  const v = f.verbs.match(tt, i, s.endToken)
  if (!v) return null
  for (let k = v[0]; k < Math.min(s.endToken, v[0] + FULFIL_REACH); k++) {
    if (!f.nouns.has(tt.lower(k))) continue
    if (tt.lower(k + 1) !== f.link) return null
    const act = f.acts.match(tt, k + 2, s.endToken)
    return act ? verbalMention(ctx, k + 2, act[0], act[1], s, 'fulfilled-threat') : null
  }
  return null
}
