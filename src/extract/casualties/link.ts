import type { Event, Sentence, Statement } from '../../model/annotations.js'
import { contains, type Span } from '../../model/span.js'
import { EVENT_KINDS, VIOLENT_CLASSES } from '../../lexicon/en/event-triggers.js'

const VIOLENT_KINDS = new Set(VIOLENT_CLASSES.map((c) => EVENT_KINDS[c]))

/** The statement whose content carries the figure: the innermost one when they nest. */
export function carryingStatement(statements: readonly Statement[], span: Span): Statement | undefined {
  return statements
    .filter((st) => contains(st.content, span))
    .sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start))[0]
}

/**
 * The event a figure belongs to: one named in its sentence ("killed during the raid"), else the
 * violent event mentioned last before it. Deaths are counted for attacks, not for decrees.
 */
export function owningEvent(events: readonly Event[], sentence: Sentence, span: Span): Event | undefined {
  const violent = events.filter((e) => VIOLENT_KINDS.has(e.kind) || [...VIOLENT_KINDS].some((k) => e.kind.startsWith(`${k} and`)))
  const inSentence = violent.find((e) => e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end))
  if (inSentence) return inSentence
  let best: { e: Event; at: number } | undefined
  for (const e of violent) {
    for (const m of e.mentions) if (m.end <= span.start && (!best || m.end > best.at)) best = { e, at: m.end }
  }
  return best?.e
}
