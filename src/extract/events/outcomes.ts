import { VIOLENT_CLASSES } from '../../lexicon/en/event-triggers.js'
import type { EventMention } from './context.js'

const VIOLENT = new Set<string>(VIOLENT_CLASSES)

/** A killing verb, unless told as a threat kept ("kept their promise to kill"): that is an act of its own. */
const killingVerb = (m: EventMention) => m.form === 'verb' && m.classes.length === 1 && m.classes[0] === 'killing' && m.rule !== 'fulfilled-threat'
const violentAct = (m: EventMention) => m.classes.some((c) => c !== 'killing' && VIOLENT.has(c))

/**
 * The violent act a killing verb tells the outcome of: one in its sentence, else the last one told before
 * it on a date that agrees. `acts` are the violent mentions before `m`, in text order (mentions come in
 * text order, so no later one ends before `m` starts).
 */
function causeOf(sentence: readonly EventMention[], acts: readonly EventMention[], m: EventMention): EventMention | undefined {
  const inSentence = sentence.find((o) => o !== m && violentAct(o))
  if (inSentence) return inSentence
  let k = acts.length - 1
  while (k >= 0 && acts[k]!.span.end > m.span.start) k--
  const before = acts[k]
  return before && (!m.date || !before.date || before.date === m.date) ? before : undefined
}

const crashVerb = (m: EventMention) => m.form === 'verb' && m.classes.length === 1 && m.classes[0] === 'crash'

/** The downing whose struck craft a crash verb tells crashing: one before it in its sentence, the craft named after it. */
const downingOf = (mentions: readonly EventMention[], m: EventMention) =>
  mentions.find((o) => o.kind === 'shoot-down' && o.sentence === m.sentence && o.trigger < m.trigger && m.craft!.token > o.trigger)

/**
 * Refiner `crash-outcome`: "shot down the airliner that crashed near Lia on Monday", "derribaron el avión
 * que se estrelló el lunes": the craft a downing struck crashed, so the crash is that downing's outcome,
 * one incident. The crash clause tells the incident's own date and place; its owner is no agent.
 */
function joinCrashes(mentions: readonly EventMention[]): void {
  for (const m of mentions) {
    const downing = crashVerb(m) && m.craft ? downingOf(mentions, m) : undefined
    if (!downing) continue
    m.classes = [...downing.classes, 'crash']
    m.kind = downing.kind
    m.cause = downing
    delete m.agent
    m.targets = []
  }
}

/**
 * Refiner `killing-outcome`: "a bomb exploded, and three people were killed", "gunmen attacked the bus;
 * two passengers were killed": a killing verb after (or beside) another violent event tells that event's
 * outcome, so it takes the event's kind and classes and merges with it. A killing told with no violent act
 * before it ("a woman was killed on Tuesday") stays an event of its own. Runs after dating and the scene's places.
 */
export function joinOutcomes(mentions: readonly EventMention[]): void {
  joinCrashes(mentions)
  const bySentence = new Map<EventMention['sentence'], EventMention[]>()
  for (const m of mentions) bySentence.get(m.sentence)?.push(m) ?? bySentence.set(m.sentence, [m])
  // A killing joined to its act becomes an act itself for the killings after it.
  const acts: EventMention[] = []
  for (const m of mentions) {
    const cause = killingVerb(m) ? causeOf(bySentence.get(m.sentence)!, acts, m) : undefined
    if (violentAct(m) || cause) acts.push(m)
    if (!cause) continue
    m.classes = [...cause.classes, 'killing']
    m.kind = cause.kind
    m.weak = false
    m.cause = cause
    // The outcome only lends its words: a date, place or subject in its clause is often the report's
    // ("said on Friday that 31 were killed"), and the act's own stand.
    delete m.date
    delete m.dateRule
    delete m.location
    delete m.agent
    m.targets = []
  }
}
