/**
 * The Spanish words that turn a statement into a presence proposition, as src/lexicon/propositions.ts
 * gives them for English. Source: general Spanish news usage ("tropas cubanas en Venezuela",
 * "militares enviados por Cuba"), written here. Countries and demonyms come from the packages.
 */

/** Head nouns for a state's armed forces or their members (lower case, possibly several words). */
export const ES_FORCE_NOUNS = [
  'tropas', 'tropa', 'soldados', 'soldado', 'militares', 'militar', 'fuerzas', 'fuerzas armadas',
  'efectivos', 'personal militar', 'asesores militares', 'asesores', 'marines', 'paracaidistas',
  'fuerzas especiales', 'oficiales', 'ejército', 'contingente', 'batallón', 'batallones', 'unidades',
  'mercenarios', 'agentes', 'combatientes', 'fuerza aérea', 'armada', 'guardia costera',
  'defensa aérea', 'defensas aéreas', 'defensa antiaérea', 'defensas antiaéreas',
] as const

/** Words between the force noun and the nationality that follows it ("tropas regulares cubanas"). */
export const ES_FORCE_QUALIFIERS = ['regulares', 'especiales', 'armadas', 'militares', 'de élite', 'de combate', 'terrestres'] as const

/** Words after the force noun that name whose they are: "soldados enviados por X", "tropas de X". */
export const ES_SENDER_WORDS = [
  'enviados por', 'enviadas por', 'desplegados por', 'desplegadas por', 'procedentes de', 'de',
] as const

/** Words that place forces in a country now: "en X", "dentro de X", "en territorio de X". */
export const ES_PLACE_WORDS = ['en', 'dentro de', 'en territorio de', 'en suelo de', 'sobre el terreno en', 'desplegados en', 'desplegadas en', 'estacionados en'] as const

/** Written instead of a country: the last country the text placed something in. */
export const ES_THE_COUNTRY = ['el país', 'ese país', 'el país vecino', 'dicho país'] as const

/** Possessives that make the forces the speaker's own ("sus tropas", "nuestros soldados"). */
export const ES_OWN_POSSESSIVES = ['sus', 'su', 'nuestros', 'nuestras', 'nuestro', 'nuestra'] as const
