import { PLANNED_CLASSES } from '../../lexicon/en/event-triggers.js'
import { dateBy, type EventContext, type EventMention } from './context.js'

const PLANNED = new Set<string>(PLANNED_CLASSES)
const DAY = /^\d{4}-\d{2}-\d{2}$/
const CALENDAR = /^\d{4}-\d{2}(?:-\d{2})?$/
const DAY_MS = 86_400_000
/** How far back the narration's present may lie: a wire story tells the last days' news. */
const RECENT_DAYS = 7
/** How many sentences back a told day still holds: a few, as a paragraph of narration runs. */
const SENTENCES_BACK = 4

const daysBefore = (published: string, day: string) => (Date.parse(published) - Date.parse(day)) / DAY_MS

/** A calendar day (YYYY-MM-DD) within RECENT_DAYS before publication: the last days' news. */
export function isRecentDay(published: string, day: string): boolean {
  if (!DAY.test(day)) return false
  const back = daysBefore(published, day)
  return back >= 0 && back <= RECENT_DAYS
}

/** A verb told in the simple past: no perfect or future auxiliary in the two words before it. */
function simplePast(ctx: EventContext, m: EventMention): boolean {
  const { tt, lang } = ctx
  return m.form === 'verb' && !lang.notSimplePast.has(tt.lower(m.trigger - 1)) && !lang.notSimplePast.has(tt.lower(m.trigger - 2))
}

/** "After a meeting with X, the minister said …": a noun that opens its sentence as the time frame of what follows. */
function framesSentence(ctx: EventContext, m: EventMention): boolean {
  const frame = m.form === 'noun' ? ctx.lang.temporal.matchBefore(ctx.tt, m.first, m.sentence.firstToken) : null
  return frame?.[0] === m.sentence.firstToken
}

/**
 * Rule `date-narrative`: "Police found the cache on Sunday. They arrested two men." A verb in the simple
 * past with no date of its own continues the narration around it: it takes the last day told in the few
 * sentences before it, when that day is one of the last days before publication (the story's present). So
 * does an event noun that frames its sentence ("After a meeting with X, she said …").
 */
export function narrativeDate(ctx: EventContext, m: EventMention): void {
  const published = ctx.published
  if (!published || m.date || !(simplePast(ctx, m) || framesSentence(ctx, m))) return
  const first = ctx.sentences[Math.max(0, m.sentence.index - SENTENCES_BACK)]!.firstToken
  // A day in its own sentence but outside its clause is another verb's ("descartó el martes …, donde detuvo a 35").
  for (let k = m.sentence.firstToken - 1; k >= first; k--) {
    const t = ctx.datesAt.get(k)
    const day = t?.value.slice(0, 10)
    if (!t || !day || !isRecentDay(published, day)) continue
    dateBy(m, t, 'date-narrative')
    return
  }
}

/**
 * Refiner `date-past`: "the Oct. 23 slaying" in an article of May: a day the words gave without its year,
 * which the time layer put after publication, is last year's when the event is told as done (not planned).
 */
export function pastDate(ctx: EventContext, m: EventMention): void {
  const published = ctx.published
  if (!published || !m.date || !m.yearless || !CALENDAR.test(m.date) || m.classes.some((c) => PLANNED.has(c))) return
  const earlier = `${Number(m.date.slice(0, 4)) - 1}${m.date.slice(4)}`
  // Only a guess within the coming year: last year's day must lie before publication.
  if (m.date <= published.slice(0, m.date.length) || earlier > published.slice(0, m.date.length)) return
  m.date = earlier
}
