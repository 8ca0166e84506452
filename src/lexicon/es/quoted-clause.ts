/**
 * Spanish words that tell a quoted clause or verb phrase ("dijo que el ejército «mintió durante años»")
 * from a quoted noun, adjective or prepositional phrase ("calificó el ataque de «error trágico»"): the
 * first makes a report mixed, the second leaves it indirect. Source: the RAE's Nueva gramática
 * (auxiliaries, copulas, subordinators, subject pronouns), written here.
 */

/** Auxiliaries, modals and copulas in the third and first person: a quotation holding one is a clause. */
export const ES_FINITE_VERBS = [
  'es', 'son', 'era', 'eran', 'fue', 'fueron', 'será', 'serán', 'sería', 'serían', 'sea', 'sean', 'soy', 'somos',
  'está', 'están', 'estaba', 'estaban', 'estuvo', 'estamos', 'estoy', 'ha', 'han', 'había', 'habían', 'habrá',
  'habría', 'he', 'hemos', 'hay', 'puede', 'pueden', 'podría', 'podrían', 'podemos', 'debe', 'deben', 'debería',
  'deberían', 'va', 'van', 'vamos', 'voy', 'iba', 'iban', 'tiene', 'tienen', 'tenemos', 'quiere', 'quieren',
] as const

/** Words that open a clause at the start of a quotation: subordinators and subject pronouns. */
export const ES_QUOTED_CLAUSE_OPENERS = [
  'si', 'que', 'porque', 'cuando', 'mientras', 'aunque', 'hasta', 'yo', 'nosotros', 'nosotras', 'ellos', 'ellas',
] as const

/** Irregular preterites and participles a quotation may open with ("«hizo todo lo posible»"). */
export const ES_IRREGULAR_VERB_FORMS = [
  'hizo', 'hicieron', 'dijo', 'dijeron', 'puso', 'pusieron', 'tuvo', 'tuvieron', 'vino', 'vinieron', 'dio',
  'dieron', 'hecho', 'dicho', 'puesto', 'muerto', 'visto', 'vuelto', 'roto', 'abierto', 'escrito',
] as const

/** Words that may follow a verb opening a quotation: its object's determiner, a pronoun or a preposition. */
export const ES_VERB_FOLLOWERS = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'su', 'sus', 'nuestro',
  'nuestra', 'nuestros', 'nuestras', 'lo', 'le', 'les', 'nos', 'me', 'a', 'en', 'con', 'por', 'para',
  'contra', 'sin', 'todo', 'toda', 'todos', 'todas',
] as const

/** Participles and gerunds, by their ending: "secuestrado", "atacando". */
export const ES_PARTICIPLE_ENDING = /..(?:ad[oa]s?|id[oa]s?|ando|iendo|yendo)$/

/** Manner adverbs, by their ending: "prácticamente". */
export const ES_ADVERB_ENDING = /...mente$/

/** Prepositions before an infinitive: "a «retirar las tropas»", "de «cerrar la frontera»". */
export const ES_INFINITIVE_MARKERS = ['a', 'de', 'para'] as const
