/**
 * Spanish nouns that name a government or stand for it, and nouns of acts a state performs, so that
 * "el gobierno cubano", "el régimen de Quito" and "la ofensiva estadounidense" read as that government.
 * Source: general Spanish news vocabulary (Fundéu BBVA / RAE usage of gobierno, Ejecutivo, régimen), written here.
 */

/** Head nouns of a government phrase: "el <noun> <adjetivo>", "el <noun> de <país|capital>". */
export const GOVERNMENT_NOUNS_ES = [
  'gobierno', 'gobiernos', 'régimen', 'regímenes', 'ejecutivo', 'administración', 'autoridades', 'gabinete',
  'junta', 'dictadura', 'presidencia',
] as const

/** Heads that are ordinary words too ("director ejecutivo", "la administración de justicia"): a country must follow. */
export const GOVERNMENT_NOUNS_NEEDING_COUNTRY_ES = ['ejecutivo', 'administración', 'junta', 'presidencia', 'gabinete', 'dictadura'] as const

/** Adjectives that may stand around the head inside the phrase: "el nuevo gobierno interino venezolano". */
export const GOVERNMENT_MODIFIERS_ES = [
  'nuevo', 'nueva', 'actual', 'anterior', 'antiguo', 'antigua', 'interino', 'interina', 'provisional',
  'transitorio', 'transitoria', 'militar', 'civil', 'federal', 'central', 'nacional', 'socialista', 'comunista',
  'revolucionario', 'revolucionaria', 'saliente', 'entrante', 'electo', 'electa', 'autoritario', 'autoritaria',
  'propio', 'propia', 'legítimo', 'legítima',
] as const

/** Acts and utterances a state performs: a country word after one is the government acting ("la ofensiva cubana"). */
export const STATE_ACT_NOUNS_ES = [
  'comunicado', 'declaración', 'declaraciones', 'anuncio', 'decisión', 'decreto', 'respuesta', 'negativa',
  'desmentido', 'postura', 'posición', 'propuesta', 'exigencia', 'advertencia', 'amenaza', 'amenazas',
  'acusación', 'acusaciones', 'denuncia', 'rechazo', 'condena', 'ataque', 'ataques', 'ofensiva', 'operación',
  'intervención', 'invasión', 'incursión', 'bombardeo', 'bombardeos', 'bloqueo', 'sanciones', 'embargo',
  'ocupación', 'despliegue', 'represión', 'política', 'cifra', 'cifras', 'balance', 'versión', 'estimación',
] as const

/** Adjectives between a state act and its nationality adjective: "la operación militar estadounidense". */
export const STATE_ACT_MODIFIERS_ES = [
  'militar', 'militares', 'naval', 'aérea', 'aéreo', 'terrestre', 'oficial', 'diplomática', 'nueva', 'nuevo', 'última',
  'último', 'primera', 'primer',
] as const

/** Seats of government written for the government itself ("el Pentágono", "la Casa Blanca"), read as capitals. */
export const GOVERNMENT_SEATS_ES: Readonly<Record<string, string>> = {
  'Pentágono': 'US', 'Casa Blanca': 'US', 'Departamento de Estado': 'US', Kremlin: 'RU', 'Elíseo': 'FR',
}
