import type { Rule } from '../types.js'
import { monthDateRules } from './month-dates.js'
import { yearRules } from './years.js'
import { relativeRules } from './relative.js'
import { durationRules } from './durations.js'
import { referenceRules } from './references.js'
import { clockRules } from './clock.js'
import { setRules } from './sets.js'
import { namedDayRules } from './named-days.js'
import { narrativeDayRules } from './narrative-days.js'

/**
 * Every time rule, in order of preference: when two rules claim the very same span the one listed
 * first wins (a frequency "a year" after "twice" is a SET, not a DURATION).
 */
export const timeRules: readonly Rule[] = [
  ...setRules,
  ...monthDateRules,
  ...relativeRules,
  ...namedDayRules,
  ...narrativeDayRules,
  ...yearRules,
  ...clockRules,
  ...durationRules,
  ...referenceRules,
]
