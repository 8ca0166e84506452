/**
 * Spanish reporting cues: verbs of saying and stance (the "verbos de comunicación / de habla" of the
 * RAE's Nueva gramática, §43.2), denial verbs, "según"-type phrases, hedges and the closed-class words
 * the attribution rules walk over. Written here from the RAE grammar and standard Spanish usage in news.
 * Verb forms come from src/lexicon/es/conjugation.ts.
 */

/** Verbs whose subject reports what follows "que", a colon or a quotation. Infinitives. */
export const ES_SPEECH_VERBS = [
  'decir', 'afirmar', 'asegurar', 'señalar', 'indicar', 'informar', 'anunciar', 'declarar', 'explicar',
  'añadir', 'agregar', 'reconocer', 'admitir', 'denunciar', 'insistir', 'advertir', 'sostener', 'confirmar',
  'manifestar', 'reiterar', 'subrayar', 'destacar', 'precisar', 'aclarar', 'apuntar', 'comentar', 'expresar',
  'revelar', 'sugerir', 'prometer', 'alegar', 'mantener', 'recalcar', 'enfatizar', 'comunicar', 'relatar',
  'contar', 'responder', 'replicar', 'acusar', 'reportar', 'estimar', 'considerar', 'creer', 'opinar',
  'puntualizar', 'detallar', 'garantizar', 'ratificar', 'pedir', 'exigir', 'reclamar', 'solicitar', 'lamentar',
  'temer', 'prever',
] as const

/** Verbs that deny their content: "negó que hubiera tropas" denies that there were troops. */
export const ES_DENIAL_VERBS = ['negar', 'desmentir', 'rechazar', 'descartar'] as const

/** Cues that still report a bare noun phrase ("negó las acusaciones"); the rest need "que", ":" or a quotation. */
export const ES_BARE_OBJECT_VERBS = ['negar', 'desmentir', 'rechazar', 'descartar', 'confirmar', 'denunciar', 'anunciar', 'reconocer', 'admitir'] as const

/** "Según X, …", "…, de acuerdo con X": the source follows the cue. */
export const ES_ACCORDING_PHRASES = ['según', 'de acuerdo con', 'de acuerdo a', 'conforme a'] as const

/** Heads after "según" that are no source: "según el plan", "según lo previsto". */
export const ES_ACCORDING_NON_SOURCES = [
  'plan', 'planes', 'lo', 'ley', 'leyes', 'calendario', 'programa', 'previsto', 'norma', 'normas', 'reglamento',
  'constitución', 'acuerdo', 'tradición', 'costumbre', 'caso', 'parece', 'se', 'cómo', 'como', 'donde', 'cuando',
] as const

/** "citando a", "citando al": a chain link inside a speaker ("la televisión estatal, citando al ministerio, informó"). */
export const ES_CHAIN_LINKS = ['citando', 'citó'] as const

/** Words between a speaker and the cue: auxiliaries, negation, clitics, adverbs ("también ha dicho", "no lo negó"). */
export const ES_PRE_CUE = [
  'ha', 'han', 'había', 'habían', 'habría', 'habrían', 'hubo', 'ya', 'también', 'además', 'nuevamente', 'luego',
  'después', 'hoy', 'ayer', 'anoche', 'no', 'nunca', 'jamás', 'le', 'les', 'siempre', 'incluso', 'solo', 'sólo',
  'entonces', 'todavía', 'aún', 'asimismo',
] as const

/** Auxiliaries of the past perfect ("había negado"): the report lies before the clause it hangs in. */
export const ES_PLUPERFECT = ['había', 'habían', 'hubo', 'hubieron'] as const

/** Modal verbs before an infinitive cue ("no puede confirmar", "volvió a negar"). */
export const ES_MODALS = [
  'puede', 'pueden', 'pudo', 'pudieron', 'podía', 'podían', 'podría', 'podrían', 'quiso', 'quisieron', 'debe',
  'deben', 'quiere', 'quieren', 'a',
] as const

/** Words that open a clause: a speaker never reaches back past them. */
export const ES_CLAUSE_OPENERS = [
  'que', 'quien', 'quienes', 'cual', 'cuales', 'donde', 'cuando', 'mientras', 'aunque', 'porque', 'pues', 'si',
  'pero', 'sino', 'y', 'e', 'o', 'u', 'ni', 'como', 'tras', 'antes', 'después',
] as const

/** Connectives and time words that may open a sentence before its subject (phrases as words joined by spaces). */
export const ES_CONNECTIVES = [
  'además', 'asimismo', 'también', 'sin embargo', 'no obstante', 'por su parte', 'por otro lado', 'por otra parte',
  'mientras tanto', 'luego', 'después', 'entonces', 'así', 'ayer', 'hoy', 'anoche', 'finalmente', 'igualmente',
  'y', 'e', 'pero', 'en cambio', 'por ello', 'por eso',
] as const

export const ES_PREPOSITIONS = [
  'a', 'al', 'ante', 'bajo', 'con', 'contra', 'de', 'del', 'desde', 'durante', 'en', 'entre', 'hacia', 'hasta',
  'mediante', 'para', 'por', 'según', 'sin', 'sobre', 'tras',
] as const

export const ES_DETERMINERS = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos',
  'esas', 'aquel', 'aquella', 'su', 'sus', 'al', 'del', 'nuestro', 'nuestra', 'nuestros', 'nuestras',
] as const

/** Subject pronouns and descriptions that look back to an earlier actor ("él", "ella", "el ministerio"). */
export const ES_PRONOUNS = ['él', 'ella', 'ellos', 'ellas', 'este', 'esta', 'éste', 'ésta', 'usted', 'nosotros'] as const

/** Hedge words and phrases (lower case): "al parecer", "presuntamente", "no pudo confirmar". */
export const ES_HEDGE_WORDS = [
  'presuntamente', 'supuestamente', 'aparentemente', 'probablemente', 'posiblemente', 'quizá', 'quizás',
  'acaso', 'presunto', 'presunta', 'presuntos', 'presuntas', 'supuesto', 'supuesta', 'supuestos', 'supuestas',
] as const

export const ES_HEDGE_PHRASES = [
  'al parecer', 'tal vez', 'según parece', 'no puede confirmar', 'no pudo confirmar', 'no podía confirmar',
  'no pueden confirmar', 'no pudieron confirmar', 'no podían confirmar', 'no ha podido confirmar',
  'no han podido confirmar', 'sin confirmar', 'no confirmado', 'no confirmada', 'no ha sido confirmado',
  'no ha sido confirmada', 'no está claro', 'no estaba claro', 'se cree que', 'se estima que', 'puede que',
  'es posible que', 'es probable que',
] as const

/** Words that make a clause negative when they open it ("ningún soldado murió", "nadie resultó herido"). */
export const ES_NEGATIVE_OPENERS = ['ningún', 'ninguna', 'ninguno', 'ningunos', 'ningunas', 'nadie', 'nada', 'nunca', 'jamás', 'tampoco', 'ni'] as const

/** Openers that deny the clause after them ("es imposible que", "es falso que"). */
export const ES_DENYING_OPENERS = [
  'es imposible que', 'era imposible que', 'sería imposible que', 'es falso que', 'es mentira que', 'no es cierto que',
  'no es verdad que',
] as const

/** Hedging openers whose own clause keeps its polarity ("puede que no baste", "quizás no llegue"). */
export const ES_HEDGING_OPENERS = ['puede que', 'es posible que', 'es probable que', 'quizás', 'quizá', 'tal vez', 'acaso'] as const

/** Words that negate the verb they precede ("las tropas no estaban allí"). */
export const ES_VERB_NEGATIONS = ['no', 'nunca', 'jamás'] as const

/** Last words of a time phrase that may stand between an inverted cue and its speaker ("dijo este lunes el ministro"). */
export const ES_TIME_HEADS = [
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'hoy', 'ayer', 'anoche', 'mañana',
  'tarde', 'noche', 'semana', 'mes', 'año',
] as const
