import type { EventContext, EventMention } from './context.js'
import { dateBy } from './context.js'
import { narrativeDate, pastDate } from './narrative-date.js'

const BREAK = new Set([';', ':', '–', '—'])

/** The clause around token `i`: cut at ";", ":", dashes, and words that open a new clause ("that", "which"). */
export function clauseAround(ctx: EventContext, m: EventMention): readonly [number, number] {
  const { tt, lang } = ctx
  const s = m.sentence
  let a = m.first
  while (a > s.firstToken && !BREAK.has(tt.word(a - 1)) && !lang.clauseOpeners.has(tt.lower(a))) a--
  let b = m.trigger + 1
  while (b < s.endToken && !BREAK.has(tt.word(b)) && !lang.clauseOpeners.has(tt.lower(b)) && !opensJoinedClause(ctx, b) && !opensSubordinate(ctx, b)) b++
  return [a, b]
}

/** How far after "since" a verb makes it open a clause: a short subject and its verb. */
const SUBJECT_REACH = 4

const pastAt = (ctx: EventContext, j: number) => {
  const w = ctx.tt.lower(j)
  return ctx.tt.tokens[j]?.kind === 'word' && (ctx.lang.pastEnding.test(w) || ctx.lang.irregularPast.has(w) || ctx.lang.passive.has(w))
}

/**
 * "bombed two towns since the party was expelled on Feb. 20": a subordinator followed by a short subject and a
 * verb opens a clause whose date is its own verb's; followed by a noun phrase alone ("since Monday") it is a
 * preposition of the clause.
 */
function opensSubordinate(ctx: EventContext, k: number): boolean {
  if (!ctx.lang.subordinators.has(ctx.tt.lower(k))) return false
  for (let j = k + 2; j <= k + 1 + SUBJECT_REACH; j++) {
    if (ctx.datesAt.has(j) || ctx.tt.tokens[j]?.kind === 'punct') return false
    if (pastAt(ctx, j)) return true
  }
  return false
}

/**
 * "… they took hostage and police found the body Friday": a conjunction followed by a short subject and a
 * past verb opens a clause of its own, whose date is its verb's ("stormed and seized the town" shares one).
 */
function opensJoinedClause(ctx: EventContext, k: number): boolean {
  const { tt, lang } = ctx
  if (!lang.clauseJoiners.has(tt.lower(k))) return false
  const past = (j: number) => tt.tokens[j]?.kind === 'word' && (lang.pastEnding.test(tt.lower(j)) || lang.irregularPast.has(tt.lower(j)))
  if (past(k + 1)) return false
  for (let j = k + 2; j <= k + 4; j++) if (past(j)) return true
  return false
}

/** True when only a date, its preposition and commas come before token `first` in the clause. */
function opensClause(ctx: EventContext, a: number, first: number): boolean {
  for (let k = a; k < first; k++) {
    const timex = ctx.datesAt.get(k)
    if (timex) k = ctx.tt.tokenAt(timex.span.end) - 1
    else if (!ctx.lang.frame.has(ctx.tt.lower(k))) return false
  }
  return true
}

/**
 * Rule `date-clause`: a DATE timex in the same clause dates the event ("decreed a curfew on
 * Tuesday", "Freedonian forces attacked on 3 May", "On Sunday, the raid began"). An event noun
 * dates only as the clause's subject: "officials condemned the raid on Sunday" dates the
 * condemnation, and a noun after "during", "after", "since"… is the clause's time frame; the object of a
 * verb that brings the event about is dated by its clause ("imposed a curfew on Friday"). A date after
 * "resume" or "continue" is a later session's ("the talks are due to resume on Thursday"), and one before
 * "having bombed" the verb's whose complement it is ("denied on Monday having bombed").
 */
function clauseDate(ctx: EventContext, m: EventMention): void {
  const [around, b] = clauseAround(ctx, m)
  const { tt, lang } = ctx
  // "denied on Monday having bombed the depot": a date before the complement is the denial's.
  const a = m.form === 'verb' && lang.complementLeads.has(tt.lower(m.trigger - 1)) ? m.trigger : around
  const performed = m.form === 'noun' && lang.perform.has(tt.lower(m.first - 1))
  if (m.form === 'noun' && !performed && (lang.temporal.matchBefore(tt, m.first, m.sentence.firstToken) || !opensClause(ctx, a, m.first))) return
  for (let k = a; k < b; k++) {
    if (k > m.trigger && lang.resumption.has(tt.lower(k))) return
    const timex = ctx.datesAt.get(k)
    if (timex && !lang.until.has(tt.lower(k - 1))) {
      dateBy(m, timex, 'date-clause')
      return
    }
  }
}

/**
 * Rule `date-relative`: "the blast that shook the port on Sunday", "la explosión que sacudió el sábado el
 * puerto": a relative clause right after an event noun tells of the event, so its date is the event's.
 */
function relativeDate(ctx: EventContext, m: EventMention): void {
  const { tt, lang } = ctx
  const k = tt.tokenAt(m.span.end)
  if (m.form !== 'noun' || !lang.relativizers.has(tt.lower(k))) return
  for (let j = k + 1; j < m.sentence.endToken; j++) {
    // A modal or future in the relative clause ("talks that are due to end by May") tells a plan, not the event's day.
    if (BREAK.has(tt.word(j)) || tt.word(j) === ',' || lang.clauseOpeners.has(tt.lower(j)) || lang.verbNegators.has(tt.lower(j))) return
    const timex = ctx.datesAt.get(j)
    if (timex) return dateBy(m, timex, 'date-relative')
  }
}

/**
 * Rule `date-until`: a role that lasted "until Wednesday" ended then, so a dismissal whose
 * sentence bounds the role that way is dated by the bound. Where the language allows, the bound may
 * come before the verb ("X, que hasta el miércoles dirigía la guardia, fue destituido").
 */
function untilDate(ctx: EventContext, m: EventMention): void {
  if (!m.classes.includes('dismissal')) return
  const from = ctx.lang.untilBeforeTrigger ? m.sentence.firstToken : m.trigger + 1
  for (let k = from; k < m.sentence.endToken; k++) {
    const timex = ctx.datesAt.get(k)
    if (timex && ctx.lang.until.has(ctx.tt.lower(k - 1))) {
      dateBy(m, timex, 'date-until')
      return
    }
  }
}

/**
 * Rule `date-lead`: news often opens a story with a dated sentence ("Last Saturday, the talks
 * ended.") and names the event in the next one without a date. A mention with no date of its own,
 * in the sentence right after a sentence that holds a DATE and names no event, takes that date.
 */
function leadDate(ctx: EventContext, m: EventMention, sentencesWithEvents: ReadonlySet<number>): void {
  const prev = ctx.sentences[m.sentence.index - 1]
  if (!prev || sentencesWithEvents.has(prev.index)) return
  // Only a lead that opens on its date ("Last Thursday, …") sets the scene, and only for the next sentence's subject:
  // a date further into a sentence dates that sentence's own verb, and an event named later in the next is background.
  if (!opensClause(ctx, m.sentence.firstToken, m.first)) return
  for (let k = prev.firstToken; k < prev.endToken; k++) {
    const timex = ctx.datesAt.get(k)
    if (!timex) continue
    if (!opensClause(ctx, prev.firstToken, k)) return
    dateBy(m, timex, 'date-lead')
    return
  }
}

/** Dates each mention by the first rule that applies: adjacent, clause, until, lead sentence, narration; then puts told days in the past. */
export function dateMentions(ctx: EventContext, mentions: readonly EventMention[]): void {
  const withEvents = new Set(mentions.map((m) => m.sentence.index))
  for (const m of mentions) {
    if (!m.date) clauseDate(ctx, m)
    if (!m.date) relativeDate(ctx, m)
    if (!m.date) untilDate(ctx, m)
    if (!m.date) leadDate(ctx, m, withEvents)
    if (!m.date) narrativeDate(ctx, m)
    pastDate(ctx, m)
  }
}
