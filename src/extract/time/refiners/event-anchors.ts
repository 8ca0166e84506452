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

/** The first dated day in a sentence, as a draft, if the sentence names one. */
function dateIn(drafts: readonly Draft[], s: Sentence): Draft | undefined {
  return drafts.find((d) => d.start >= s.start && d.end <= s.end && d.type === 'DATE' && DAY_VALUE.test(d.value))
}

/**
 * "two days after the strike": when an earlier sentence mentions the strike with a dated day, the
 * expression becomes that day moved by the duration (resolved as 'event'); otherwise the duration stays.
 */
export function anchorOnEvents(drafts: readonly Draft[], text: string, sentences: readonly Sentence[], how: EventRelation = ENGLISH_RELATION): Draft[] {
  return drafts.map((d) => {
    const amount = DURATION.exec(d.value)
    const relation = d.type === 'DURATION' && amount ? how.pattern.exec(text.slice(d.end, d.end + 60)) : null
    if (!amount || !relation) return d
    const mentions = how.mentions(relation[2]!)
    const here = sentenceAt(sentences, d.start)
    for (let i = here; i >= 0; i--) {
      const s = sentences[i]!
      const upTo = i === here ? d.start : s.end
      if (!mentions(text.slice(s.start, upTo))) continue
      const date = dateIn(drafts, s)
      if (!date || date === d) continue
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
