import { CLOCK_WORDS } from '../triggers.js'
import { pad } from '../calendar.js'
import { formatDay } from '../calendar.js'
import { fromPublication } from '../resolve.js'
import { draftOf, type Rule } from '../types.js'

const ZONE = String.raw`(?:\s+(?:local\s+time|GMT|UTC|[ECMP][SD]T|ET|BST|CET))?`

/** "3pm", "3:30 p.m.", "10.15am", "15:00 GMT", "noon", "midnight": a time on the publication day until a refiner finds its date. */
export const clock: Rule = {
  name: 'clock',
  triggers: [...CLOCK_WORDS, '#clock', 'utc', 'gmt'],
  reach: 2,
  pattern: new RegExp(String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:\.m\.|\.m\b|m\b)${ZONE}|\b([01]?\d|2[0-3]):([0-5]\d)(?![\d:])${ZONE}|\b(noon|midnight|midday)\b|\b([01]\d|2[0-3])([0-5]\d)(?=\s+(?:UTC|GMT)\b)\s+(?:UTC|GMT)`, 'gi'),
  make(m, ctx) {
    let hour: number
    let minute = 0
    if (m[7]) {
      hour = Number(m[7])
      minute = Number(m[8])
    } else if (m[6]) hour = m[6].toLowerCase() === 'midnight' ? 24 : 12
    else if (m[3]) {
      hour = Number(m[1])
      minute = Number(m[2] ?? 0)
      if (hour < 1 || hour > 12 || minute > 59) return null
      hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)
    } else {
      hour = Number(m[4])
      minute = Number(m[5])
    }
    // Universal time is marked with Z, as ISO 8601 and TimeML write it.
    const time = `T${pad(hour)}:${pad(minute)}${/\b(?:UTC|GMT)$/i.test(m[0]) ? 'Z' : ''}`
    return draftOf(m, { type: 'TIME', rule: 'clock', ...fromPublication(ctx, (a) => formatDay(a) + time, `XXXX-XX-XX${time}`) })
  },
}

export const clockRules: readonly Rule[] = [clock]
