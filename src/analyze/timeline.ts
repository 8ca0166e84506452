import type { TimeRef } from '../model/annotations.js'
import type { Evidence, LedgerEvent, LedgerStatement, TimelineEntry } from '../model/ledger.js'
import { compareTime, sortKeyOf } from '../claims/time-span.js'
import type { LedgerFigure } from './tallies.js'

/** A timeline entry with the events it concerns, so the store can filter by event. */
export interface PlacedEntry extends TimelineEntry {
  readonly events: readonly string[]
}

/** Undated items are placed no later than their article, as an interval rather than a guess. */
const dated = (time: TimeRef, published: string | null): TimeRef =>
  time.value || time.after || time.before ? time : published ? { before: published } : {}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * Who said what, when: statements, events and casualty reports ordered by their own time (the time
 * a statement was made, an event happened, a figure was reported), not by the article's date.
 * Uncertain times stay intervals (`after`/`before`); ties keep the articles' order.
 */
export function timelineOf(
  statements: readonly LedgerStatement[], events: readonly LedgerEvent[], figures: readonly (LedgerFigure & { readonly statement?: string })[],
  eventsOfStatement: (s: LedgerStatement) => readonly string[] = () => [],
): PlacedEntry[] {
  const statementKeys = new Set(statements.map((s) => s.key))
  const entries: PlacedEntry[] = [
    ...statements.map((s) => ({
      key: s.key, kind: 'statement' as const, time: dated(s.time, s.evidence.published), actors: s.speakers,
      text: `${flat(s.cue.text)}: ${flat(s.content.text)}`, evidence: s.evidence, events: eventsOfStatement(s),
    })),
    ...events.map((e) => ({
      key: e.id, kind: 'event' as const, time: e.date ? { value: e.date } : dated({}, e.mentions[0]?.published ?? null),
      actors: e.actors, text: e.summary, evidence: e.mentions[0]!, events: [e.id],
    })),
    // A figure a statement already carries is that statement's entry; only unattributed or unlinked ones stand alone.
    ...figures.filter((f) => !f.statement || !statementKeys.has(f.statement)).map((f) => ({
      key: f.key, kind: 'casualty' as const, time: dated(f.reportedOn, f.evidence.published), actors: f.source ? [f.source] : [],
      text: flat(f.evidence.span.text), evidence: f.evidence, events: f.event ? [f.event] : [],
    })),
  ]
  return entries.sort(byTimelineOrder)
}

/** By time (an interval known only by its end, "before 2030-05-08", at that end, not at the dawn of time), then article. */
export const byTimelineOrder = (a: TimelineEntry, b: TimelineEntry) =>
  sortKeyOf(a.time).localeCompare(sortKeyOf(b.time)) || compareTime(a.time, b.time)
  || (a.evidence.published ?? '').localeCompare(b.evidence.published ?? '') || a.evidence.span.start - b.evidence.span.start
