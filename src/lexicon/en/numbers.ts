/**
 * Number words and quantity cues for figures in news text.
 * Source: English cardinal numerals (standard grammars) and the hedged-quantity phrases of
 * casualty reporting as coded by UCDP GED (low / best / high estimates), written here.
 */

/** Units and teens; "twenty-four" is read as a tens word joined to a unit by its hyphen. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

/** Multipliers that follow a number: "two hundred", "1.2 million", "three dozen". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000,
}

/** Quantities with no number: the figure is kept as written, its count is null. */
export const VAGUE_QUANTITIES = [
  'many', 'dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands',
  'several', 'a number of', 'a large number of', 'a few', 'few', 'numerous', 'countless',
  'a handful of', 'multiple', 'dozens of', 'scores of', 'hundreds of', 'thousands of',
  'tens of thousands of', 'hundreds of thousands of',
] as const

/** Words that make a figure zero: "no soldiers were killed", "none of the crew", "not a single civilian". */
export const ZERO_QUANTITIES = ['no', 'none of the', 'none of', 'not a single', 'not one', 'not one of the'] as const

/** A stated figure that is a floor: "at least 12" gives low 12. */
export const LOWER_BOUND_CUES = ['at least', 'more than', 'over', 'no fewer than', 'no less than', 'upwards of', 'in excess of'] as const

/** A stated figure that is a ceiling: "up to 40" gives high 40. */
export const UPPER_BOUND_CUES = ['up to', 'as many as', 'at most', 'fewer than', 'less than', 'nearly', 'almost', 'under'] as const

/** Hedges that leave the figure as the best estimate. */
export const APPROXIMATE_CUES = ['about', 'around', 'some', 'approximately', 'roughly', 'an estimated', 'close to', 'an additional', 'another'] as const

/** "between 10 and 15", "10 to 15", "10-15", "10 or 12". */
export const RANGE_JOINERS = ['to', 'and', 'or', '-', '–'] as const
