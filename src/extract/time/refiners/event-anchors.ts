import type { Sentence } from '../../../model/annotations.js'
import { addDays, addMonths, formatDay, parseDay, type Day } from '../calendar.js'
import { sentenceAt } from '../context.js'
import type { Draft } from '../types.js'

/** How one language ties a duration to an event named after it: "two days after the strike". */
export interface EventRelation {
  /** Read right after a duration: the relation word (group 1) and the event noun (group 2). */
  readonly pattern: RegExp
  /** Relation words that count back from the event ("before", "prior to"). */
  readonly back: RegExp
  /** A test for a mention of the event noun (or its plural) in an earlier sentence. */
  mentions(noun: string): (sentence: string) => boolean
}

export const ENGLISH_RELATION: EventRelation = {
  pattern: /^\s+(after|before|following|prior\s+to|later\s+than|earlier\s+than)\s+(?:the|its|their|his|her|this|that)\s+([\p{L}-]{3,})/iu,
  back: /^(?:before|prior|earlier)/i,
  mentions(noun) {
    const pattern = new RegExp(`\\b${noun.toLowerCase().replace(/(?:es|s)$/, '')}(?:s|es)?\\b`, 'i')
    return (sentence) => pattern.test(sentence)
  },
}

const DURATION = /^P(\d+)(D|W|M|Y)$/
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/

/**
 * How many sentences back the event may be named: a long article's worth (about 2,500 words). Each
 * duration then reads a bounded stretch, so a text of thousands of "days after the raid" stays linear.
 */
export const EVENT_LOOKBACK_SENTENCES = 100

/** The first dated day of each sentence that names one, by sentence index. */
function datesBySentence(drafts: readonly Draft[], sentences: readonly Sentence[]): Map<number, Draft> {
  const out = new Map<number, Draft>()
  for (const d of drafts) {
    if (d.type !== 'DATE' || !DAY_VALUE.test(d.value)) continue
    const i = sentenceAt(sentences, d.start)
    const s = sentences[i]
    if (s && d.start >= s.start && d.end <= s.end && !out.has(i)) out.set(i, d)
  }
  return out
}

/**
 * "two days after the strike": when an earlier sentence mentions the strike with a dated day, the
 * expression becomes that day moved by the duration (resolved as 'event'); otherwise the duration stays.
 */
export function anchorOnEvents(drafts: readonly Draft[], text: string, sentences: readonly Sentence[], how: EventRelation = ENGLISH_RELATION): Draft[] {
  const dated = datesBySentence(drafts, sentences)
  return drafts.map((d) => {
    const amount = DURATION.exec(d.value)
    const relation = d.type === 'DURATION' && amount ? how.pattern.exec(text.slice(d.end, d.end + 60)) : null
    if (!amount || !relation) return d
    const mentions = how.mentions(relation[2]!)
    const here = sentenceAt(sentences, d.start)
    for (let i = here; i >= Math.max(0, here - EVENT_LOOKBACK_SENTENCES); i--) {
      const s = sentences[i]!
      const date = dated.get(i)
      if (!date || !mentions(text.slice(s.start, i === here ? d.start : s.end))) continue
      const sign = how.back.test(relation[1]!) ? -1 : 1
      const value = formatDay(moved(parseDay(date.value)!, amount[2]!, sign * Number(amount[1])))
      const end = d.end + relation.index + relation[0].length
      return { ...d, end, type: 'DATE', value, mod: undefined, rule: 'event-anchor', resolved: 'event', unresolved: date.unresolved }
    }
    return d
  })
}

/** A day moved by a duration keeps day granularity: "a year after the vote" of 2019-04-02 is 2020-04-02. */
function moved(day: Day, unit: string, n: number): Day {
  if (unit === 'D') return addDays(day, n)
  if (unit === 'W') return addDays(day, 7 * n)
  return addMonths(day, unit === 'Y' ? 12 * n : n)
}
