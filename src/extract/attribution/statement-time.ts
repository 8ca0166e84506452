import type { Sentence, Timex, TimeRef } from '../../model/annotations.js'
import type { CueForm } from './cue-lexicon.js'
import { addDays, formatDay, parseDay } from '../time/calendar.js'
import { preCueAt } from './context.js'
import type { Ctx, Draft } from './draft.js'
import type { Earlier } from './speakers.js'

/** A year, month, day or ISO week ("six weeks ago, saying at the time …"). */
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/
/** The story's told dates that bound a statement are days: a year or month is background ("since 2021"). */
const DAY = /^\d{4}-\d{2}-\d{2}$/
/** A duration written as a noun's modifier ("a two-hour meeting") sizes a thing, not the time of the report. */
const MODIFIER = /\p{L}-(?:\p{L}+-)?(?:minute|hour|day|week|month|year)(?:-long|-old)?$/iu
const NOT_PRESENT_BEFORE = /^(will|would|could|did|does|do|to|may|might|should|can|must|not|n't|never)$/

export interface TimeContext {
  readonly timexes: readonly Timex[]
  /** A clause set off after the content (the language's `reference.aside`): its dates are its own. */
  readonly aside: RegExp
  readonly published: string | null
  /** The story's anchor: the first full date in the article up to publication (the news lede's event). */
  readonly anchor: string | null
}

export function timeContext(timexes: readonly Timex[], published: string | null, aside: RegExp): TimeContext {
  const sorted = [...timexes].sort((a, b) => a.span.start - b.span.start)
  const anchor = sorted.find((t) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && (!published || t.value <= published))
  return { timexes: sorted, published, anchor: anchor?.value ?? published, aside }
}

/*
 * Every statement looks up the time expressions of its sentence and those told before its cue. The
 * timexes are sorted by start, so both are found by binary search instead of a pass over all of them
 * per statement.
 */

/** Index of the first timex starting at or after `at`. */
function firstFrom(timexes: readonly Timex[], at: number): number {
  let lo = 0
  let hi = timexes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (timexes[mid]!.span.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The timexes lying inside the sentence, in order. */
function timexesWithin(timexes: readonly Timex[], s: Sentence): Timex[] {
  const out: Timex[] = []
  for (let i = firstFrom(timexes, s.start); i < timexes.length && timexes[i]!.span.start <= s.end; i++) {
    if (timexes[i]!.span.end <= s.end) out.push(timexes[i]!)
  }
  return out
}

/** The last day (in text order) ending before the cue and not after publication. */
function lastToldDate(timexes: readonly Timex[], cueAt: number, pub: string | undefined): Timex | undefined {
  // A timex starting after the cue also ends after it, so the walk back starts at the cue.
  for (let i = firstFrom(timexes, cueAt + 1) - 1; i >= 0; i--) {
    const t = timexes[i]!
    if (t.span.end <= cueAt && t.type === 'DATE' && DAY.test(t.value) && (!pub || t.value <= pub)) return t
  }
  return undefined
}

const outside = (t: Timex, d: Draft) => t.span.end <= d.content.start || t.span.start >= d.content.end

/**
 * When the statement was made: a date in its own clause; else, in the past, the day of the same speakers'
 * statement in this or the sentence before; else a duration with a past cue bounds it before the story's
 * anchor; a present-tense cue ("Analysts say") dates it to publication; otherwise it lies between the last
 * date the story has told so far and publication.
 */
export function statementTime(ctx: Ctx, d: Draft, form: CueForm, s: Sentence, tc: TimeContext, earlier: Earlier, speakers: readonly string[]): TimeRef {
  const cueAt = ctx.tokens[d.cue.first]!.start
  const inSentence = timexesWithin(tc.timexes, s).filter((t) => outside(t, d))
  const perfect = d.pastPerfect || pastPerfect(ctx, d)
  const between = (t: Timex) => (t.span.start >= d.content.end ? ctx.text.slice(d.content.end, t.span.start) : '')
  // "… condemned the raid, whose planning Kolvar alleged last week": the date is the aside's, not the report's.
  const dates = inSentence.filter((t) => t.type === 'DATE' && CALENDAR.test(t.value) && !tc.aside.test(between(t)))
  if (dates.length > 0) {
    const nearest = dates.reduce((a, b) => (Math.abs(b.span.start - cueAt) < Math.abs(a.span.start - cueAt) ? b : a))
    // "The army, which had said no one died, admitted on Friday …": said before Friday, a date of the
    // clause after its comma; "It had announced four deaths on Wednesday" was on Wednesday.
    const laterClause = between(nearest).includes(',')
    return perfect && laterClause ? { before: dayBefore(nearest.value) } : { value: nearest.value }
  }
  const goingOn = form === 'past' && !perfect ? sameSpeakersDay(ctx, earlier, speakers, s) : undefined
  if (goingOn) return { value: goingOn }
  const pub = tc.published ?? undefined
  if (form === 'past' && inSentence.some((t) => t.type === 'DURATION' && !MODIFIER.test(t.span.text))) return tc.anchor ? { before: tc.anchor } : {}
  if ((form === 'present' || form === 'base') && !NOT_PRESENT_BEFORE.test(ctx.lower(d.cue.first - 1)) && pub) return { value: pub }
  let after = lastToldDate(tc.timexes, cueAt, pub)?.value
  let before = pub
  // "X's statement came only after Y reported …": Y spoke no later than the statement before it.
  const sourceAt = ctx.tokens[d.source?.first ?? d.cue.first]!.start
  if (/\bafter\b/i.test(ctx.text.slice(s.start, sourceAt))) {
    const spoken = earlier.dated?.time.value
    if (spoken) before = spoken
  }
  if (after && before && after > before) after = undefined
  // Bounds that meet name the day itself: told on the day the article appeared.
  if (after && after === before) return { value: after }
  return { ...(after ? { after } : {}), ...(before ? { before } : {}) }
}

/**
 * "A spokesman said Thursday …. ‘…,’ said spokesman Tom Roe.": the same speakers going on in the next
 * sentence spoke on the day they were just reported speaking.
 */
function sameSpeakersDay(ctx: Ctx, earlier: Earlier, speakers: readonly string[], s: Sentence): string | undefined {
  const last = earlier.withSpeakers
  const day = last?.time.value
  if (!last || !day || !DAY.test(day) || speakers.length === 0) return undefined
  if (last.speakers.length !== speakers.length || !speakers.every((id) => last.speakers.includes(id))) return undefined
  const lastSentence = ctx.sentenceAt(ctx.tokenAt(last.cue.start))
  return lastSentence && lastSentence.index >= s.index - 1 ? day : undefined
}

/** "had said", "had repeatedly denied": the auxiliaries before the cue hold "had" (the past perfect). */
function pastPerfect(ctx: Ctx, d: Draft): boolean {
  for (let k = d.cue.first - 1; k >= 0 && k >= d.cue.first - 4 && preCueAt(ctx, k); k--) {
    if (ctx.lower(k) === 'had' || ctx.lower(k) === '’d' || ctx.lower(k) === "'d") return true
  }
  return false
}

/** The calendar day before a day value; coarser values ("2027-05", "2027") are kept as they are. */
function dayBefore(value: string): string {
  const day = value.length === 10 ? parseDay(value) : null
  return day ? formatDay(addDays(day, -1)) : value
}
