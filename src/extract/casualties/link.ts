import type { Event, Sentence, Statement } from '../../model/annotations.js'
import type { Span } from '../../model/span.js'
import { coverIndex, type CoverAt } from '../../model/cover-index.js'
import { countBelow } from '../../model/sorted.js'
import { cuesWithin } from '../../model/cue-index.js'
import { EVENT_KINDS, VIOLENT_CLASSES } from '../../lexicon/en/event-triggers.js'

const VIOLENT_KINDS = new Set(VIOLENT_CLASSES.map((c) => EVENT_KINDS[c]))

/** The statement whose content carries a span: the innermost one when they nest. Built once per document. */
export function carrierIndex(statements: readonly Statement[]): CoverAt<Statement> {
  const length = (st: Statement) => st.content.end - st.content.start
  return coverIndex([...statements].sort((a, b) => length(a) - length(b)), (st) => [st.content])
}

/** The first statement, in order, cued inside a sentence with a speaker and some content. Built once per document. */
export function cuedIndex(statements: readonly Statement[]): (s: Sentence) => Statement | undefined {
  const within = cuesWithin(statements.filter((st) => st.speakers.length > 0 && st.content.end > st.content.start))
  return (s) => within(s.start, s.end)[0]
}

/**
 * The event a figure belongs to: one named in its sentence ("killed during the raid"), else the
 * violent event mentioned last before it. Deaths are counted for attacks, not for decrees.
 * Built once per document: the violent events' mentions sorted by where they start and end.
 */
export function eventOwners(events: readonly Event[]): (sentence: Sentence, span: Span) => Event | undefined {
  const violent = events.filter((e) => VIOLENT_KINDS.has(e.kind) || [...VIOLENT_KINDS].some((k) => e.kind.startsWith(`${k} and`)))
  const mentions = violent.flatMap((e, order) => e.mentions.map((m) => ({ start: m.start, end: m.end, order, e })))
  const byStart = [...mentions].sort((a, b) => a.start - b.start)
  // Ties on the end go to the first event in order, as a scan keeping only a later end would.
  const byEnd = [...mentions].sort((a, b) => a.end - b.end || a.order - b.order)
  return (sentence, span) => {
    let inSentence: (typeof mentions)[number] | undefined
    for (let k = countBelow(byStart, sentence.start, (m) => m.start); k < byStart.length && byStart[k]!.start <= sentence.end; k++) {
      const m = byStart[k]!
      if (m.end <= sentence.end && (!inSentence || m.order < inSentence.order)) inSentence = m
    }
    if (inSentence) return inSentence.e
    const last = countBelow(byEnd, span.start + 1, (m) => m.end) - 1
    if (last < 0) return undefined
    return byEnd[countBelow(byEnd, byEnd[last]!.end, (m) => m.end)]!.e
  }
}
