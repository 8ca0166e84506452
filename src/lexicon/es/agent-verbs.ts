/**
 * Spanish verbs whose subject acts as an agent ("Quito anunció", "Cuba ha negado", "analistas advierten"),
 * given by infinitive; their third-person forms come from src/lexicon/es/conjugation.ts. Also what may
 * stand between subject and verb, and the
 * prepositions that make a country word a place. Source: the RAE's verbos de habla / lengua and common
 * news usage, conjugation by the RAE's Nueva gramática paradigms, written here.
 */

/**
 * Reporting verbs beyond the attribution cue lexicon's (src/lexicon/es/cues.ts), which counts too: their
 * subject is a source; after one, a closing noun phrase is an inverted subject ("…, dijo Quito.").
 */
export const REPORTING_VERBS_ES = [
  'criticar', 'condenar', 'exigir', 'pedir', 'reclamar', 'amenazar', 'calificar', 'calcular', 'cifrar',
  'argumentar', 'defender', 'lamentar', 'atribuir', 'culpar', 'instar', 'temer', 'prever', 'reafirmar',
  'escribir', 'publicar', 'difundir', 'recordar', 'aseverar', 'insinuar', 'proponer', 'concluir', 'pensar',
  'saber', 'tuitear', 'avisar', 'alertar', 'celebrar', 'elogiar', 'quejar', 'protestar', 'asumir',
  'cuestionar', 'dudar', 'esperar', 'mostrar', 'reaccionar',
] as const

/** Action verbs a state or group performs as subject ("Washington envió tropas"). */
export const ACTION_VERBS_ES = [
  'enviar', 'desplegar', 'ordenar', 'decretar', 'autorizar', 'aprobar', 'firmar', 'suspender', 'expulsar',
  'retirar', 'lanzar', 'atacar', 'bombardear', 'detener', 'arrestar', 'capturar', 'liberar', 'convocar',
  'ofrecer', 'aceptar', 'solicitar', 'emitir', 'sancionar', 'imponer', 'romper', 'prohibir', 'decidir',
  'llamar', 'cerrar', 'invadir', 'ocupar', 'acordar', 'negociar', 'rehusar', 'renunciar', 'dimitir', 'votar',
  'marchar', 'huir',
] as const

/** Auxiliaries and periphrases between a subject and its verb: "Cuba ha negado", "Quito volvió a denunciar". */
export const AUXILIARIES_ES = [
  'ha', 'han', 'había', 'habían', 'habría', 'habrían', 'hubo', 'va', 'van', 'iba', 'iban', 'volvió', 'volvieron',
  'vuelve', 'vuelven', 'acaba', 'acabó', 'a', 'de', 'suele', 'suelen', 'quiso', 'pudo', 'debe', 'deben',
] as const

/** Adverbs and clitic pronouns that may stand between a subject and its verb: "Cuba ya lo negó", "Cuba no ha". */
export const PREVERBAL_WORDS_ES = [
  'no', 'ya', 'también', 'tampoco', 'nunca', 'siempre', 'aún', 'todavía', 'luego', 'después', 'incluso', 'hoy',
  'ayer', 'se', 'lo', 'la', 'le', 'les', 'los', 'las', 'nos', 'me', 'te', 'anteriormente', 'finalmente',
] as const

/**
 * The first word of a longer aside between a subject and its verb: a participle, a gerund or a relative
 * pronoun, "Kenia, preocupada por los combates en su frontera, pidió …", "Chile, que limita con la zona, dijo …".
 */
export const ASIDE_OPENER_ES = /^(?:[a-záéíóúñ]{2,}(?:ad[oa]s?|id[oa]s?|ando|iendo)|que|quien|quienes)$/

/** Prepositions (and contractions) before a country word: it is a place or a complement, never the subject. */
export const PREPOSITIONS_ES = [
  'a', 'al', 'ante', 'bajo', 'con', 'contra', 'de', 'del', 'desde', 'en', 'entre', 'hacia', 'hasta', 'para',
  'por', 'sin', 'sobre', 'tras', 'durante', 'mediante', 'visitó', 'visita', 'llegó', 'viajó',
] as const

/** Words that introduce the source after them: "según Quito", "de acuerdo con analistas". */
export const SOURCE_INTRODUCERS_ES = ['según'] as const

/** "y", "pero" before a verb whose subject is the clause's: "Kenia movió tropas y dijo …". */
export const VERB_COORDINATORS_ES = ['y', 'e', 'pero'] as const

/** Words opening a clause of its own: a verb after them has another subject ("… cuando el ministro llegó y dijo"). */
export const CLAUSE_OPENERS_ES = [
  'que', 'quien', 'quienes', 'cuando', 'donde', 'mientras', 'si', 'porque', 'aunque', 'cual', 'cuales', 'como', 'tras',
] as const
