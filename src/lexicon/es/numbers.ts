/**
 * Spanish cardinal numerals and quantity cues for figures in news text.
 * Source: the RAE's numerales cardinales (Nueva gramática §21.2; Ortografía 2010: "veintidós",
 * "treinta y dos", "doscientos"), and the hedged-quantity phrases of casualty reports, written here.
 */

/** One-word numbers up to 29 and the tens; "treinta y dos" joins a tens word and a unit with "y". */
export const ES_UNIT_WORDS: Readonly<Record<string, number>> = {
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiún: 21, veintiuno: 21, veintiuna: 21, veintidós: 22, veintitrés: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
}

export const ES_TENS_WORDS: Readonly<Record<string, number>> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
}

export const ES_HUNDREDS_WORDS: Readonly<Record<string, number>> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
}

/** Multipliers after a number: "dos mil", "1,2 millones". */
export const ES_SCALE_WORDS: Readonly<Record<string, number>> = { mil: 1_000, millón: 1_000_000, millones: 1_000_000 }

/** Quantities with no number: kept as written, count null. */
export const ES_VAGUE_QUANTITIES = [
  'muchos', 'muchas', 'decenas de', 'docenas de', 'cientos de', 'centenares de', 'miles de', 'millares de',
  'varios', 'varias', 'numerosos', 'numerosas', 'algunos', 'algunas', 'unos pocos', 'unas pocas', 'pocos', 'pocas',
  'decenas de miles de', 'cientos de miles de', 'un gran número de', 'gran número de', 'un número indeterminado de',
  'incontables', 'innumerables', 'multitud de', 'una veintena de', 'una decena de', 'una docena de', 'un centenar de',
] as const

/** Words that make a figure zero: "ningún soldado murió", "ninguno de los civiles", "ni un solo militar". */
export const ES_ZERO_QUANTITIES = [
  'ningún', 'ninguna', 'ninguno de los', 'ninguna de las', 'ninguno de', 'ninguna de', 'ni un solo', 'ni una sola', 'ni un', 'ni una',
] as const

/** A figure that is a floor: "al menos 12" gives low 12. */
export const ES_LOWER_BOUND_CUES = ['al menos', 'por lo menos', 'más de', 'como mínimo', 'no menos de', 'un mínimo de'] as const

/** A figure that is a ceiling: "hasta 40" gives high 40. */
export const ES_UPPER_BOUND_CUES = ['hasta', 'casi', 'menos de', 'como máximo', 'un máximo de'] as const

/** Hedges that leave the figure as the best estimate. */
export const ES_APPROXIMATE_CUES = ['unos', 'unas', 'alrededor de', 'aproximadamente', 'cerca de', 'en torno a', 'otros', 'otras', 'un total de'] as const

/** Range shapes: "entre 10 y 15", "de 10 a 15", "10 o 12". */
export const ES_RANGE_OPENERS = ['entre', 'de'] as const
