/**
 * English abbreviations after which a full stop does not end a sentence.
 * Source: English news style (AP Stylebook titles, months, and common Latin forms), written here.
 */
export const TITLE_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'sr', 'jr', 'st', 'supt', 'insp', 'det', 'fr',
] as const

export const OTHER_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'etc', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'est',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
] as const

/** Abbreviations only before a number ("No. 5", "Vol. 2"): "the minister said no." ends its sentence. */
export const NUMBER_ABBREVIATIONS = ['no', 'nos', 'fig', 'vol', 'art', 'p', 'pp'] as const

/**
 * Capitalised words that open a sentence far more often than they continue a name: after "U.S." or
 * "Inc." they start the next sentence ("… in the U.S. The talks …").
 */
export const SENTENCE_OPENERS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'our', 'in', 'on', 'at', 'after', 'when', 'if', 'however',
] as const
