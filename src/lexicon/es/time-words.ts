/**
 * Spanish calendar and time words for the time stage, with their TimeML codes.
 * Source: the Real Academia Española's norms (Diccionario de la lengua española; Ortografía 2010:
 * months and weekdays are common nouns, written in lower case), the TimeML / TIMEX3 value codes,
 * written here. Cardinal numerals come from `./numbers.ts`.
 */
import type { UnitCode } from '../en/time-words.js'

export const MONTHS: Readonly<Record<string, number>> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
}

/** Weekdays to ISO number (lunes = 1); the plural of sábado and domingo names a repeated day. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6, domingo: 7,
}

/**
 * Counting words of durations beyond the cardinals ("un par de días", "una docena de años"); the
 * cardinals themselves are the RAE numerals of `./numbers.ts`, shared with the casualty figures.
 */
export const COUNT_NOUNS: Readonly<Record<string, number>> = { docena: 12, par: 2 }

/** Number words that multiply what comes before ("dos mil", "una docena"); the rest add. */
export const NUMBER_MULTIPLIERS = ['ciento', 'cien', 'mil', 'docena', 'par'] as const

/** Words that join numerals without a value: "treinta y dos", "una docena de". */
export const NUMBER_JOINERS = ['y', 'de'] as const

/** Time units, singular and plural, to a unit code. A "quincena" is counted as two weeks, a "lustro" as five years. */
export const UNITS: Readonly<Record<string, UnitCode>> = {
  segundo: 'S', segundos: 'S', minuto: 'MIN', minutos: 'MIN', hora: 'H', horas: 'H', día: 'D', días: 'D',
  semana: 'W', semanas: 'W', mes: 'M', meses: 'M', trimestre: 'Q', trimestres: 'Q', año: 'Y', años: 'Y',
  década: 'DE', décadas: 'DE', decenio: 'DE', decenios: 'DE', siglo: 'CE', siglos: 'CE',
}

/** Units that are multiples of another: one of them is this many of that unit. */
export const MULTIPLE_UNITS: Readonly<Record<string, readonly [number, UnitCode]>> = {
  quincena: [2, 'W'], quincenas: [2, 'W'], semestre: [6, 'M'], semestres: [6, 'M'], lustro: [5, 'Y'], lustros: [5, 'Y'],
}

/** Parts of the day to TimeML codes; the small hours ("madrugada") are night. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  mañana: 'MO', tarde: 'AF', noche: 'NI', madrugada: 'NI', mediodía: 'MI',
}

/** Day words to their offset from the publication day, with the part of the day some of them carry. */
export const DAY_WORDS: Readonly<Record<string, readonly [number, string?]>> = {
  anteayer: [-2], antier: [-2], 'antes de ayer': [-2], ayer: [-1], hoy: [0], mañana: [1], 'pasado mañana': [2],
  anoche: [-1, 'NI'], 'esta mañana': [0, 'MO'], 'esta tarde': [0, 'AF'], 'esta noche': [0, 'NI'], 'esta madrugada': [0, 'NI'],
}

/** Words that place a weekday, a period or a month before or after publication. */
export const DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>> = {
  pasado: -1, pasada: -1, último: -1, última: -1, próximo: 1, próxima: 1, 'que viene': 1, entrante: 1,
  este: 0, esta: 0, 'en curso': 0,
}

/** Words that refer to a time only vaguely; TimeML gives them a reference value. */
export const REFERENCE_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  ahora: 'PRESENT_REF', 'ahora mismo': 'PRESENT_REF', actualmente: 'PRESENT_REF', 'la actualidad': 'PRESENT_REF',
  'hoy en día': 'PRESENT_REF', 'hoy día': 'PRESENT_REF', 'a día de hoy': 'PRESENT_REF', 'hasta la fecha': 'PRESENT_REF',
  'este momento': 'PRESENT_REF', 'estos momentos': 'PRESENT_REF', 'el presente': 'PRESENT_REF',
  recientemente: 'PAST_REF', 'el pasado': 'PAST_REF',
  'el futuro': 'FUTURE_REF', próximamente: 'FUTURE_REF', pronto: 'FUTURE_REF', 'en breve': 'FUTURE_REF',
}

/** Phrases that take the last date the text anchored ("at the time", "then"); the unit is what they keep. */
export const NARRATIVE_WORDS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year' | 'all'>> = {
  entonces: 'all', 'aquel entonces': 'all', 'ese entonces': 'all', 'ese momento': 'all', 'aquel momento': 'all',
  'esa época': 'all', 'aquella época': 'all', 'ese día': 'day', 'aquel día': 'day', 'ese mismo día': 'day',
  'el mismo día': 'day', 'esa semana': 'week', 'aquella semana': 'week', 'esa misma semana': 'week',
  'ese mes': 'month', 'aquel mes': 'month', 'ese mismo mes': 'month', 'ese año': 'year', 'aquel año': 'year',
  'ese mismo año': 'year', 'el mismo año': 'year',
}

/** Modifiers before a time expression, to the TimeML `mod` they set. */
export const MODIFIERS: Readonly<Record<string, string>> = {
  'más de': 'MORE_THAN', 'menos de': 'LESS_THAN', 'al menos': 'EQUAL_OR_MORE', 'por lo menos': 'EQUAL_OR_MORE',
  'como mínimo': 'EQUAL_OR_MORE', 'como máximo': 'EQUAL_OR_LESS', 'hasta': 'EQUAL_OR_LESS',
  casi: 'APPROX', unos: 'APPROX', unas: 'APPROX', 'cerca de': 'APPROX', 'alrededor de': 'APPROX',
  'en torno a': 'APPROX', aproximadamente: 'APPROX',
  principios: 'START', comienzos: 'START', inicios: 'START', mediados: 'MID', finales: 'END', fines: 'END',
}

/** Vague quantities before a unit ("varios días"): a duration with an unknown count. */
export const VAGUE_QUANTITIES = ['varios', 'varias', 'unos', 'unas', 'algunos', 'algunas', 'pocos', 'pocas', 'muchos', 'muchas'] as const

/** Nouns of people whose "de 52 años" is an age, not a duration. */
export const AGED_NOUNS = [
  'hombre', 'hombres', 'mujer', 'mujeres', 'niño', 'niña', 'niños', 'niñas', 'joven', 'jóvenes', 'chico', 'chica',
  'anciano', 'anciana', 'menor', 'menores', 'bebé', 'adolescente', 'adolescentes', 'soldado', 'soldados', 'persona',
  'personas', 'varón', 'hijo', 'hija', 'hijos', 'hijas', 'edad',
] as const
