/**
 * Spanish abbreviations after which a full stop does not end a sentence.
 * Source: the Real Academia Española's list of abbreviations (Ortografía 2010, appendix 2), written here.
 */
export const TITLE_ABBREVIATIONS = [
  'sr', 'sra', 'srta', 'sres', 'sras', 'dr', 'dra', 'dres', 'lic', 'lcdo', 'lcda', 'ing', 'arq', 'prof', 'profa',
  'gral', 'gen', 'cnel', 'tte', 'cap', 'cmdte', 'sgto', 'almte', 'excmo', 'excma', 'ilmo', 'ilma', 'mons', 'pbro',
  'dña', 'sto', 'sta', 'fr',
] as const

export const OTHER_ABBREVIATIONS = [
  'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic',
  'etc', 'aprox', 'av', 'avda', 'c', 'cía', 'dpto', 'depto', 'admón', 'gob', 'ee.uu', 'uu', 'ud', 'uds', 'vd', 'vds',
  'a.c', 'd.c', 'a.m', 'p.m', 'p.ej', 'pág', 'págs', 'tel',
] as const

/** Abbreviations only before a number ("núm. 5", "art. 3"): elsewhere the full stop ends the sentence. */
export const NUMBER_ABBREVIATIONS = ['núm', 'n', 'nº', 'art', 'vol', 'p'] as const

/** Capitalised words that open a sentence far more often than they continue a name ("… en EE.UU. El ministro …"). */
export const SENTENCE_OPENERS = [
  'el', 'la', 'los', 'las', 'un', 'una', 'él', 'ella', 'ellos', 'ellas', 'pero', 'y', 'este', 'esta', 'estos', 'estas',
  'su', 'sus', 'en', 'según', 'tras', 'cuando', 'si', 'sin', 'no', 'además',
] as const
