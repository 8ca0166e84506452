/**
 * Spanish words around event triggers, as data: determiners, adjectives, negators, prepositions, clause
 * words, ground and force nouns, and the words of talks and meetings. Source: the Nueva gramática de la
 * lengua española (RAE/ASALE: determinantes, adjetivos pospuestos, preposiciones, subordinantes), with
 * the ACLED and CAMEO event classes the English lists follow, written here.
 */

/** Articles, demonstratives, possessives and the contractions "del", "al": they open an event noun phrase. */
export const ES_DETERMINERS = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas',
  'aquel', 'aquella', 'aquellos', 'aquellas', 'su', 'sus', 'nuestro', 'nuestra', 'dicho', 'dicha', 'del', 'al',
] as const

/**
 * Indefinite articles. A singular one introduces a new event ("un ataque"); the plural "unas conversaciones"
 * is what English says with a bare plural ("in talks hosted by"), so it names talks already told of too.
 */
export const ES_INDEFINITES = ['un', 'una', 'unos', 'unas'] as const
export const ES_NEW_EVENT_INDEFINITES = ['un', 'una'] as const
export const ES_OWNERS = ['su', 'sus'] as const

/** Adjectives that may stand before the event noun: "el nuevo ataque", "la última ofensiva". */
export const ES_PRE_MODIFIERS = [
  'nuevo', 'nueva', 'nuevos', 'nuevas', 'último', 'última', 'últimos', 'últimas', 'primer', 'primera', 'segundo', 'segunda',
  'reciente', 'gran', 'masivo', 'masiva', 'brutal', 'supuesto', 'supuesta', 'presunto', 'presunta', 'sangriento', 'sangrienta',
  'violento', 'violenta', 'mortífero', 'mortífera', 'sorpresivo', 'sorpresiva', 'mayor', 'peor', 'enésima', 'enésimo',
] as const

/** Adjectives after the event noun: "la operación militar", "los bombardeos aéreos", "las conversaciones directas". */
export const ES_POST_MODIFIERS = [
  'militar', 'militares', 'aéreo', 'aérea', 'aéreos', 'aéreas', 'terrestre', 'terrestres', 'naval', 'navales',
  'armado', 'armada', 'armados', 'armadas', 'transfronterizo', 'transfronteriza', 'antiterrorista', 'anfibio', 'anfibia',
  'conjunto', 'conjunta', 'conjuntos', 'conjuntas', 'sorpresa', 'relámpago', 'masivo', 'masiva', 'masivos', 'masivas',
  'nocturno', 'nocturna', 'fallido', 'fallida', 'limitado', 'limitada', 'brutal', 'sangriento', 'sangrienta', 'mortal',
  'mortales', 'reciente', 'recientes', 'directo', 'directa', 'directos', 'directas', 'bilateral', 'bilaterales',
  'trilateral', 'trilaterales', 'preliminar', 'preliminares', 'formal', 'formales', 'exploratorio', 'exploratoria',
  'exploratorias', 'policial', 'policiales', 'especial', 'especiales',
] as const

/** Post-noun adjectives that make a weak trigger military ("la operación militar", "el ataque aéreo"). */
export const ES_MILITARY_MODIFIERS = [
  'militar', 'militares', 'aéreo', 'aérea', 'aéreos', 'aéreas', 'terrestre', 'terrestres', 'naval', 'navales', 'armado',
  'armada', 'armados', 'armadas', 'transfronterizo', 'transfronteriza', 'antiterrorista', 'anfibio', 'anfibia',
] as const

/** Words before an event noun that make it unreal: "ningún ataque", "sin incursiones", "un posible ataque". */
export const ES_NOUN_NEGATORS = ['ningún', 'ninguna', 'ni', 'sin', 'cualquier', 'posible', 'posibles', 'eventual', 'eventuales', 'futuro', 'futura', 'futuros', 'futuras'] as const
export const ES_STRONG_NEGATORS = ['ningún', 'ninguna', 'ni', 'sin', 'cualquier'] as const

/** Words right before a verbal trigger that deny it: "no atacaron", "nunca invadieron". */
export const ES_VERB_NEGATORS = ['no', 'nunca', 'jamás', 'ni', 'tampoco'] as const

/** Object pronouns between a negator and its verb: "no lo detuvieron". */
export const ES_CLITICS = ['lo', 'la', 'los', 'las', 'le', 'les', 'se', 'me', 'te', 'nos'] as const

/** Subject pronouns that stand for the actor opening the sentence before: "La policía halló una bomba. Ellos detuvieron a dos hombres." */
export const ES_PERSON_PRONOUNS = ['él', 'ella'] as const
export const ES_GROUP_PRONOUNS = ['ellos', 'ellas'] as const

/** Auxiliaries of the passive and of a resulting state: "fue detenido", "ha sido destituido", "quedó detenido". */
export const ES_PASSIVE = ['fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran', 'será', 'serán', 'resultó', 'resultaron', 'quedó', 'quedaron', 'siendo', 'está', 'están', 'estaba', 'estaban'] as const

/** Nouns for people: the object that makes "detención de" an arrest and "cesó a" a dismissal. */
export const ES_PERSON_NOUNS = [
  'alcalde', 'alcaldesa', 'ministro', 'ministra', 'exministro', 'exministra', 'presidente', 'presidenta', 'expresidente',
  'expresidenta', 'general', 'coronel', 'comandante', 'jefe', 'jefa', 'líder', 'líderes', 'dirigente', 'dirigentes',
  'opositor', 'opositora', 'opositores', 'periodista', 'periodistas', 'activista', 'activistas', 'sospechoso', 'sospechosa',
  'sospechosos', 'manifestante', 'manifestantes', 'diputado', 'diputada', 'diputados', 'senador', 'senadora', 'senadores',
  'gobernador', 'gobernadora', 'militar', 'militares', 'soldado', 'soldados', 'oficial', 'oficiales', 'funcionario',
  'funcionaria', 'funcionarios', 'empresario', 'empresaria', 'empresarios', 'ciudadano', 'ciudadana', 'ciudadanos',
  'hombre', 'hombres', 'mujer', 'mujeres', 'persona', 'personas', 'miembro', 'miembros', 'cabecilla', 'cabecillas',
  'asesor', 'asesora', 'asesores', 'embajador', 'embajadora', 'juez', 'jueza', 'fiscal', 'candidato', 'candidata',
  'director', 'directora', 'viceministro', 'viceministra', 'secretario', 'secretaria', 'portavoz', 'estudiantes',
] as const

/** Words that end a short object noun phrase: verbs and function words. */
export const ES_PHRASE_STOP = [
  'es', 'fue', 'fueron', 'son', 'era', 'ha', 'han', 'había', 'habían', 'y', 'e', 'o', 'u', 'pero', 'que', 'cual', 'quien',
  'dijo', 'dice', 'afirmó', 'según', 'como', 'a', 'al', 'por', 'de', 'del', 'en', 'con', 'para', 'desde', 'tras', 'durante',
  'contra', 'sobre', 'entre', 'sin', 'no', 'se', 'hasta', 'ante', 'cuando', 'donde', 'mientras', 'el', 'la', 'los', 'las',
  'un', 'una', 'unos', 'unas', 'lo', 'su', 'sus',
] as const

/** Endings of finite verbs, gerunds and adverbs: such a word ends an object phrase ("del alcalde provocó"). */
export const ES_VERB_ENDING = /(?:ó|aron|ieron|aba|aban|ía|ían|ará|arán|erá|erán|irá|irán|ando|iendo|mente)$/

/** Nouns of named places: "la localidad de Tarn", "el puerto de Lia". */
export const ES_PLACE_NOUNS = [
  'ciudad', 'localidad', 'pueblo', 'aldea', 'villa', 'poblado', 'puerto', 'región', 'provincia', 'distrito', 'municipio',
  'valle', 'enclave', 'asentamiento', 'isla', 'capital', 'departamento',
] as const

/** Prepositions after an event noun: place, target, "of" (agent or target by trigger), agent of a passive. */
export const ES_PLACE_PREPOSITIONS = ['en', 'cerca de', 'junto a'] as const
export const ES_TARGET_PREPOSITIONS = ['contra', 'a', 'al', 'sobre'] as const
export const ES_OF_PREPOSITIONS = ['de', 'del'] as const
export const ES_BY_PREPOSITIONS = ['por', 'por parte de', 'por parte del', 'a manos de', 'a manos del'] as const
/** The personal "a" before an object: "detuvieron al alcalde", "atacaron a Freedonia". */
export const ES_OBJECT_MARKERS = ['a', 'al'] as const

/** Before an event noun these make it the clause's time frame, not what a date there dates. */
export const ES_TEMPORAL_PREPOSITIONS = [
  'durante', 'tras', 'después de', 'después', 'antes de', 'antes', 'desde', 'hasta', 'luego de', 'a raíz de', 'en medio de',
  'pese a', 'a pesar de', 'ante',
] as const
/** Verbs whose object is the event they bring about: "celebraron conversaciones el lunes", "impusieron un embargo". */
export const ES_PERFORM_VERBS = [
  'celebró', 'celebraron', 'lanzó', 'lanzaron', 'realizó', 'realizaron', 'impuso', 'impusieron', 'firmó', 'firmaron',
  'ordenó', 'ordenaron', 'inició', 'iniciaron', 'declaró', 'declararon', 'alcanzaron', 'alcanzó',
  // Participles after the event noun, whose "por" names its agent: "la ofensiva lanzada por".
  'lanzado', 'lanzada', 'realizado', 'realizada', 'firmado', 'firmada', 'ordenado', 'ordenada', 'impuesto', 'impuesta',
] as const

export const ES_CLAUSE_OPENERS = ['que', 'cual', 'cuales', 'quien', 'quienes', 'cuyo', 'cuya', 'mientras', 'pero', 'aunque', 'porque', 'cuando', 'donde', 'sino'] as const
/** Un acto prometido o amenazado, contado como hecho: "cumplieron su amenaza de bombardear el puerto". */
export const ES_FULFIL_VERBS = ['cumplió', 'cumplieron', 'cumplido'] as const
export const ES_FULFIL_NOUNS = ['amenaza', 'amenazas', 'promesa', 'promesas', 'advertencia'] as const
export const ES_FULFILLED_ACTS: Readonly<Record<string, string>> = {
  atacar: 'atacaron', bombardear: 'bombardearon', invadir: 'invadieron', secuestrar: 'secuestraron', arrestar: 'arrestaron',
}

/** Palabras que hacen del verbo siguiente el complemento de otro ("negó haber bombardeado"). */
export const ES_COMPLEMENT_LEADS = ['haber', 'haberlo', 'haberla', 'haberlos', 'haberlas'] as const

export const ES_RESUMPTION_VERBS = [
  'reanudar', 'reanudará', 'reanudarán', 'reanudó', 'reanudaron', 'reanuda', 'reanudan', 'continuar', 'continuará', 'continuarán',
  'continuó', 'continuaron', 'proseguirán', 'prosiguieron', 'retomarán', 'retomaron',
] as const
/** Words that may stand between a clause-opening date and the event noun: "El sábado, el ataque …". */
export const ES_FRAME_WORDS = ['el', 'la', 'en', 'a', ',', 'luego', 'entonces', 'más', 'tarde'] as const
export const ES_UNTIL = ['hasta'] as const

/** Ground taken: verbs that take ground, those that take it with "el control de", and what follows them. */
export const ES_CAPTURE_VERBS = ['capturó', 'capturaron', 'tomó', 'tomaron', 'conquistó', 'conquistaron', 'ocupó', 'ocuparon', 'recuperó', 'recuperaron', 'recapturaron'] as const
export const ES_CONTROL_VERBS = ['tomó', 'tomaron', 'asumió', 'asumieron', 'recuperó', 'recuperaron', 'obtuvieron', 'ganaron', 'hizo', 'hicieron'] as const
export const ES_CONTROL_PHRASES = ['el control de', 'el control del', 'control de', 'control del', 'el control sobre', 'con el control de', 'con el control del'] as const
export const ES_GROUND_NOUNS = [
  'ciudad', 'ciudades', 'localidad', 'localidades', 'pueblo', 'pueblos', 'aldea', 'aldeas', 'poblado', 'poblados', 'villa',
  'puerto', 'puertos', 'región', 'provincia', 'distrito', 'municipio', 'valle', 'enclave', 'asentamiento', 'asentamientos',
  'isla', 'capital', 'aeropuerto', 'aeródromo', 'base', 'bases', 'puente', 'colina', 'colinas', 'cerro', 'territorio',
  'posiciones', 'cuartel', 'fortaleza', 'bastión', 'frontera', 'cruce', 'afueras', 'refinería', 'yacimiento', 'yacimientos',
  'mina', 'presa', 'carretera', 'autopista',
] as const

/** Troops going over a border: the verbs, what leads to the country entered, what only says where, and the force nouns. */
export const ES_CROSSING_VERBS = ['cruzó', 'cruzaron', 'cruzan', 'atravesó', 'atravesaron', 'traspasaron'] as const
export const ES_CROSS_INTO = ['a', 'al', 'hacia', 'hasta'] as const
/** Donde despegó o de donde salía una aeronave que se estrelló ("tras despegar de Lia"). */
export const ES_DEPARTURE_WORDS = ['despegar de', 'despegar del', 'despegó de', 'despegó del', 'salir de', 'salir del', 'partir de', 'partir del'] as const
export const ES_CROSS_NEAR = ['cerca de', 'cerca del', 'por'] as const
export const ES_FORCE_NOUNS = [
  'tropas', 'soldados', 'soldado', 'fuerzas', 'militares', 'efectivos', 'unidades', 'batallones', 'batallón', 'blindados',
  'tanques', 'marines', 'paracaidistas', 'comandos', 'mercenarios', 'milicianos', 'guerrilleros', 'columnas', 'contingente',
  'infantes', 'uniformados', 'ejército', 'militar',
] as const
