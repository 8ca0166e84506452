import { formatDay, pad } from '../../calendar.js'
import { fromPublication } from '../../resolve.js'
import { draftAt, type Rule } from '../../types.js'
import { wordBefore } from '../guards.js'
import { E } from '../patterns.js'

const ZONE = String.raw`(?:\s+(?:hora\s+local|GMT|UTC))?`
/** Words before "las 9" that make it a time of day ("a las 9", "desde las 9"), not a count ("las 9 víctimas"). */
const CLOCK_BEFORE = new Set(['a', 'desde', 'hasta', 'hacia', 'sobre', 'entre', 'y', 'antes', 'después', 'partir'])
const MINUTES: Readonly<Record<string, number>> = { media: 30, cuarto: 15 }

/** An hour said with a part of the day, on the 24-hour clock: "las 3 de la tarde" is 15:00, "las 2 de la madrugada" 02:00. */
function hourOf(hour: number, part: string | undefined): number {
  const p = part?.toLowerCase()
  if ((p === 'tarde' || p === 'noche') && hour < 12) return hour + 12
  return p === 'madrugada' && hour === 12 ? 0 : hour
}

/**
 * "a las 9 de la mañana", "a las 15.00 horas", "las 10:30", "a las 9 y media", "al mediodía", "a
 * medianoche": a time on the publication day until the clock-dates refiner finds the day it belongs to.
 * The preposition stays outside the expression, the article inside.
 */
export const clock: Rule = {
  name: 'clock',
  triggers: ['#clock', 'horas', 'mañana', 'tarde', 'noche', 'madrugada', 'mediodía', 'medianoche', 'gmt', 'utc'],
  reach: 6,
  pattern: new RegExp(String.raw`(?:(las?)\s+)?([01]?\d|2[0-3])(?:[:.]([0-5]\d))?(?:\s+y\s+(media|cuarto))?(?:\s+(horas|h)${E})?(?:\s+de\s+la\s+(mañana|tarde|noche|madrugada))?${ZONE}${E}|(?<!\p{L})(mediodía|medianoche)${E}`, 'giu'),
  make(m, ctx) {
    const [, article, h, mm, fraction, hours, part, named] = m
    // An hour alone needs "a las" and a part of the day; "10.30" alone may be a sum, so a dot needs "las" or "horas".
    if (!named && !mm && !hours && !(part && article && CLOCK_BEFORE.has(wordBefore(ctx.text, m.index)))) return null
    if (mm && !article && !hours && !m[0].includes(':')) return null
    const hour = named ? (named.toLowerCase() === 'medianoche' ? 24 : 12) : hourOf(Number(h), part)
    const minute = mm ? Number(mm) : fraction ? MINUTES[fraction.toLowerCase()]! : 0
    const time = `T${pad(hour)}:${pad(minute)}${/(?:UTC|GMT)$/i.test(m[0]) ? 'Z' : ''}`
    return draftAt(m.index, m.index + m[0].length, { type: 'TIME', rule: 'clock', ...fromPublication(ctx, (a) => formatDay(a) + time, `XXXX-XX-XX${time}`) })
  },
}

export const clockRules: readonly Rule[] = [clock]
