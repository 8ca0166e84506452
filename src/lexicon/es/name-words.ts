/**
 * Words that decide whether a capitalized Spanish sequence is a person's name. Source: Spanish orthography
 * (RAE: function words and calendar words capitalized only at the start of a sentence) and Spanish naming
 * conventions ("Ana de la Cruz", "José del Valle"), written here.
 */

/** Capitalized words that never begin or continue a person's name: sentence-initial function words, calendar words. */
export const NOT_NAME_WORDS_ES = [
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'según', 'en', 'de', 'del', 'al', 'a', 'por', 'para',
  'con', 'sin', 'tras', 'desde', 'ante', 'hasta', 'hacia', 'sobre', 'entre', 'durante', 'pero', 'y', 'o', 'que', 'qué',
  'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella', 'aunque', 'cuando', 'mientras',
  'si', 'sí', 'no', 'ya', 'también', 'tampoco', 'ayer', 'hoy', 'mañana', 'su', 'sus', 'como', 'cómo', 'donde', 'dónde',
  'así', 'además', 'luego', 'entonces', 'después', 'antes', 'ahora', 'nadie', 'todo', 'todos', 'nada', 'otro', 'otra',
  'quien', 'quién', 'cuál', 'porque', 'pues', 'incluso', 'sólo', 'solo', 'tanto', 'fuentes', 'dios', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'él', 'ella', 'ellos', 'ellas',
  'nosotros', 'nuestro', 'nuestra', 'mi', 'tu', 'usted', 'calle', 'avenida', 'plaza', 'palacio', 'casa',
  'contra', 'bajo', 'mediante', 'salvo', 'excepto', 'pese', 'algunos', 'algunas', 'muchos', 'muchas', 'varios',
  'varias', 'cada', 'ambos', 'ambas', 'sin embargo', 'embargo', 'asimismo', 'igualmente',
] as const

/** Lower-case particles inside a Spanish name: "Ana de la Cruz", "José del Valle", "Juan de los Santos". */
export const NAME_PARTICLES_ES = ['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'van', 'von', 'bin', 'al'] as const

/** First words of Spanish place names, so "San Lorenzo" or "Puerto Lia" are not a person. */
export const PLACE_LEAD_WORDS_ES = [
  'san', 'santa', 'santo', 'são', 'los', 'las', 'el', 'la', 'puerto', 'ciudad', 'isla', 'islas', 'río', 'rio', 'villa',
  'nueva', 'nuevo', 'monte', 'cabo', 'bahía', 'lago', 'sierra', 'valle', 'punta', 'playa', 'port', 'new', 'fort',
] as const

/** Nouns naming someone by their tie to a named person ("el padre de Ruiz"), with the English word. */
export const RELATION_NOUNS_ES: Readonly<Record<string, string>> = {
  padre: 'father', madre: 'mother', padrastro: 'stepfather', madrastra: 'stepmother', hermano: 'brother',
  hermana: 'sister', hijo: 'son', hija: 'daughter', esposa: 'wife', esposo: 'husband', viuda: 'widow',
  tío: 'uncle', tía: 'aunt', primo: 'cousin', prima: 'cousin', abuelo: 'grandfather', abuela: 'grandmother',
  abogado: 'lawyer', abogada: 'lawyer', amigo: 'friend', amiga: 'friend', vecino: 'neighbour', vecina: 'neighbour',
}
