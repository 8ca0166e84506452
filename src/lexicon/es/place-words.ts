/**
 * Words that place a Spanish name below the country. Source: ordinary Spanish prepositions and the
 * nouns of administrative divisions, written here.
 */

/** "en Lía", "desde Puerto Lía", "hacia Tarn". */
export const LOCALITY_LINKS_ES = ['en', 'desde', 'hacia'] as const

/** "la ciudad de Lía", "la provincia de Tarn", "el departamento de Tarn". */
export const LOCALITY_NOUNS_ES = {
  town: ['ciudad', 'pueblo', 'localidad', 'aldea', 'puerto', 'capital', 'municipio', 'villa'],
  region: ['región', 'provincia', 'estado', 'departamento', 'distrito', 'condado', 'territorio', 'comunidad'],
} as const
