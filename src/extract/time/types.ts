import type { Timex } from '../../model/annotations.js'
import type { Day } from './calendar.js'
import type { UnitCode } from '../../lexicon/en/time-words.js'

export type Tense = 'past' | 'future' | 'none'

/** A time expression found by a rule, before ids and spans are given out. */
export interface Draft {
  readonly start: number
  readonly end: number
  readonly type: Timex['type']
  readonly value: string
  readonly mod?: string
  readonly rule: string
  readonly resolved: NonNullable<Timex['resolved']>
  /** The value needed the publication date, which was unknown: it holds `X` placeholders. */
  readonly unresolved?: boolean
  /** Takes its value from the last anchored date before it ("at the time", "until then"). */
  readonly narrative?: boolean
  /** With `narrative`: the anchor is moved by this much first ("a year earlier" is -1 year). */
  readonly shift?: { readonly unit: UnitCode; readonly n: number }
  /** With `narrative`: only an anchor whose value matches takes over; otherwise the draft keeps its own value. */
  readonly anchorPattern?: RegExp
  /** With `narrative`: the part of the anchor kept ("ese año" keeps the year); else read from the phrase's last word. */
  readonly keep?: 'day' | 'week' | 'month' | 'year'
}

/** What a rule may ask about the document while it builds a draft. */
export interface RuleContext {
  readonly text: string
  /** The publication date, the anchor of relative expressions; null when unknown. */
  readonly anchor: Day | null
  /** Tense of the clause around a text position, from auxiliaries and verb forms nearby. */
  tense(position: number): Tense
}

/** A precompiled pattern plus a function that turns one match into a draft, or null for "not mine". */
export interface Rule {
  readonly name: string
  /** Tried (sticky) only at token starts near a trigger, never scanned over the whole text. */
  readonly pattern: RegExp
  /**
   * Lower-case words (or parts of hyphenated words) that can occur in a match, or a number class
   * (`#year`, `#decade`, `#clock`); the rule runs only where one occurs.
   */
  readonly triggers: readonly string[]
  /** How many tokens before a trigger a match may start ("more than two decades" starts 3 before "decades"). */
  readonly reach: number
  make(match: RegExpExecArray, ctx: RuleContext): Draft | null
}

/** Builds a draft over [start,end) with the defaults most rules share. */
export function draftAt(start: number, end: number, fields: Omit<Draft, 'start' | 'end' | 'resolved'> & Partial<Pick<Draft, 'resolved'>>): Draft {
  return { start, end, resolved: 'absolute', ...fields }
}

/** A draft covering the whole match. */
export const draftOf = (m: RegExpExecArray, fields: Parameters<typeof draftAt>[2]): Draft =>
  draftAt(m.index, m.index + m[0].length, fields)
