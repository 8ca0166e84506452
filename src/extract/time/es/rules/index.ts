import type { Rule } from '../../types.js'
import { clockRules } from './clock.js'
import { dateRules } from './dates.js'
import { durationRules } from './durations.js'
import { referenceRules } from './references.js'
import { relativeRules } from './relative.js'
import { setRules } from './sets.js'
import { yearRules } from './years.js'

/** Every Spanish time rule; when two claim the very same span the one listed first wins. */
export const spanishTimeRules: readonly Rule[] = [
  ...setRules,
  ...dateRules,
  ...relativeRules,
  ...yearRules,
  ...clockRules,
  ...durationRules,
  ...referenceRules,
]
