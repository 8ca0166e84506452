/**
 * Abbreviations after which a full stop does not end a sentence.
 * Source: English news style (AP Stylebook titles, months, and common Latin forms), written here.
 */
export const TITLE_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'sr', 'jr', 'st', 'supt', 'insp', 'det', 'fr',
] as const

export const OTHER_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'est', 'fig', 'vol',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
] as const
