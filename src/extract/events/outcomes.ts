import { VIOLENT_CLASSES } from '../../lexicon/en/event-triggers.js'
import type { EventMention } from './context.js'

const VIOLENT = new Set<string>(VIOLENT_CLASSES)

const killingVerb = (m: EventMention) => m.form === 'verb' && m.classes.length === 1 && m.classes[0] === 'killing'
const violentAct = (m: EventMention) => m.classes.some((c) => c !== 'killing' && VIOLENT.has(c))

/** The violent act a killing verb tells the outcome of: one in its sentence, else the last one told before it on a date that agrees. */
function causeOf(mentions: readonly EventMention[], m: EventMention): EventMention | undefined {
  const acts = mentions.filter((o) => o !== m && violentAct(o))
  const inSentence = acts.find((o) => o.sentence === m.sentence)
  if (inSentence) return inSentence
  const before = acts.filter((o) => o.span.end <= m.span.start).at(-1)
  return before && (!m.date || !before.date || before.date === m.date) ? before : undefined
}

/**
 * Refiner `killing-outcome`: "a bomb exploded, and three people were killed", "gunmen attacked the bus;
 * two passengers were killed": a killing verb after (or beside) another violent event tells that event's
 * outcome, so it takes the event's kind and classes and merges with it. A killing told with no violent act
 * before it ("a woman was killed on Tuesday") stays an event of its own. Runs after dating and placing.
 */
export function joinOutcomes(mentions: readonly EventMention[]): void {
  for (const m of mentions) {
    if (!killingVerb(m)) continue
    const cause = causeOf(mentions, m)
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
