/**
 * Spanish verbs whose subject acts as an agent ("Quito anunció", "Cuba ha negado", "analistas advierten"),
 * given by infinitive; regular third-person forms are derived in code (extract/mentions/es/verb-forms.ts),
 * and only the irregular ones are written out. Also what may stand between subject and verb, and the
 * prepositions that make a country word a place. Source: the RAE's verbos de habla / lengua and common
 * news usage, conjugation by the RAE's Nueva gramática paradigms, written here.
 */

/** Reporting verbs: their subject is a source; after one, a closing noun phrase is an inverted subject ("…, dijo Quito."). */
export const REPORTING_VERBS_ES = [
  'afirmar', 'asegurar', 'declarar', 'negar', 'anunciar', 'confirmar', 'reconocer', 'admitir', 'informar',
  'indicar', 'señalar', 'explicar', 'añadir', 'agregar', 'sostener', 'mantener', 'insistir', 'reiterar',
  'denunciar', 'acusar', 'advertir', 'rechazar', 'desmentir', 'precisar', 'subrayar', 'destacar', 'recalcar',
  'responder', 'replicar', 'criticar', 'condenar', 'exigir', 'pedir', 'reclamar', 'amenazar', 'prometer',
  'revelar', 'comunicar', 'calificar', 'considerar', 'estimar', 'calcular', 'cifrar', 'apuntar', 'alegar',
  'argumentar', 'defender', 'lamentar', 'atribuir', 'culpar', 'instar', 'sugerir', 'opinar', 'creer', 'temer',
  'prever', 'reportar', 'reafirmar', 'ratificar', 'aclarar', 'puntualizar', 'escribir', 'publicar', 'difundir',
  'recordar', 'asegurar', 'manifestar', 'expresar', 'comentar', 'relatar', 'contar', 'aseverar', 'insinuar',
  'decir', 'proponer', 'concluir', 'pensar', 'saber', 'tuitear', 'avisar', 'alertar', 'celebrar', 'elogiar',
  'quejar', 'protestar', 'asumir', 'prometer', 'garantizar', 'cuestionar', 'dudar', 'esperar', 'mostrar', 'reaccionar',
] as const

/** Action verbs a state or group performs as subject ("Washington envió tropas"). */
export const ACTION_VERBS_ES = [
  'enviar', 'desplegar', 'ordenar', 'decretar', 'autorizar', 'aprobar', 'firmar', 'suspender', 'expulsar',
  'retirar', 'lanzar', 'atacar', 'bombardear', 'detener', 'arrestar', 'capturar', 'liberar', 'convocar',
  'ofrecer', 'aceptar', 'solicitar', 'emitir', 'sancionar', 'imponer', 'romper', 'prohibir', 'decidir',
  'llamar', 'cerrar', 'invadir', 'ocupar', 'acordar', 'negociar', 'rehusar', 'renunciar', 'dimitir', 'votar',
  'marchar', 'huir',
] as const

/**
 * Irregular third-person forms, by infinitive: present singular (stem change), preterite singular and plural,
 * participle; a missing one is regular. Compounds of a verb ("sostener" of "tener") are listed as written.
 */
export const IRREGULAR_VERBS_ES: Readonly<Record<string, { present?: string; past?: string; pastPlural?: string; participle?: string }>> = {
  decir: { present: 'dice', past: 'dijo', pastPlural: 'dijeron', participle: 'dicho' },
  negar: { present: 'niega' },
  sostener: { present: 'sostiene', past: 'sostuvo', pastPlural: 'sostuvieron' },
  mantener: { present: 'mantiene', past: 'mantuvo', pastPlural: 'mantuvieron' },
  advertir: { present: 'advierte', past: 'advirtió', pastPlural: 'advirtieron' },
  desmentir: { present: 'desmiente', past: 'desmintió', pastPlural: 'desmintieron' },
  pedir: { present: 'pide', past: 'pidió', pastPlural: 'pidieron' },
  sugerir: { present: 'sugiere', past: 'sugirió', pastPlural: 'sugirieron' },
  atribuir: { present: 'atribuye', past: 'atribuyó', pastPlural: 'atribuyeron' },
  concluir: { present: 'concluye', past: 'concluyó', pastPlural: 'concluyeron' },
  defender: { present: 'defiende' },
  prever: { present: 'prevé', past: 'previó', pastPlural: 'previeron', participle: 'previsto' },
  escribir: { participle: 'escrito' },
  proponer: { present: 'propone', past: 'propuso', pastPlural: 'propusieron', participle: 'propuesto' },
  imponer: { present: 'impone', past: 'impuso', pastPlural: 'impusieron', participle: 'impuesto' },
  pensar: { present: 'piensa' },
  saber: { past: 'supo', pastPlural: 'supieron' },
  romper: { participle: 'roto' },
  cerrar: { present: 'cierra' },
  acordar: { present: 'acuerda' },
  recordar: { present: 'recuerda' },
  contar: { present: 'cuenta' },
  manifestar: { present: 'manifiesta' },
  creer: { past: 'creyó', pastPlural: 'creyeron' },
  detener: { present: 'detiene', past: 'detuvo', pastPlural: 'detuvieron' },
  tuitear: {},
}

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

/** Prepositions (and contractions) before a country word: it is a place or a complement, never the subject. */
export const PREPOSITIONS_ES = [
  'a', 'al', 'ante', 'bajo', 'con', 'contra', 'de', 'del', 'desde', 'en', 'entre', 'hacia', 'hasta', 'para',
  'por', 'sin', 'sobre', 'tras', 'durante', 'mediante', 'visitó', 'visita', 'llegó', 'viajó',
] as const

/** Words that introduce the source after them: "según Quito", "de acuerdo con analistas". */
export const SOURCE_INTRODUCERS_ES = ['según'] as const
