/**
 * How Spanish names state institutions, each form with the English name the English rules give it, so
 * "el Ministerio de Defensa venezolano" and "the Venezuelan defence ministry" are one organization
 * (org-ve-defence-ministry). Source: general Spanish news vocabulary and ministry names as Spanish-speaking
 * governments write them ("Ministerio del Poder Popular para la Defensa"), written here.
 */

/** Ministry portfolio words after "Ministerio de/del/para", lower case, with the English portfolio. */
export const MINISTRY_PORTFOLIOS_ES: Readonly<Record<string, string>> = {
  defensa: 'defence', exteriores: 'foreign', 'relaciones exteriores': 'foreign', 'asuntos exteriores': 'foreign',
  interior: 'interior', 'interiores': 'interior', justicia: 'justice', hacienda: 'finance', finanzas: 'finance',
  economía: 'economy', salud: 'health', sanidad: 'health', educación: 'education', energía: 'energy',
  petróleo: 'oil', comercio: 'trade', trabajo: 'labour', cultura: 'culture', comunicación: 'communications',
  comunicaciones: 'communications', información: 'information', seguridad: 'security', inteligencia: 'intelligence',
  agricultura: 'agriculture', transporte: 'transport', ambiente: 'environment', 'medio ambiente': 'environment',
  turismo: 'tourism', industria: 'industry', 'seguridad pública': 'public security', 'seguridad del estado': 'state security',
}

/** Single nouns that are a ministry with its portfolio: "la Cancillería venezolana" is the foreign ministry. */
export const MINISTRY_NOUNS_ES: Readonly<Record<string, string>> = { cancillería: 'foreign' }

/** Words that may stand between "Ministerio" and its portfolio: "Ministerio del Poder Popular para la Defensa". */
export const MINISTRY_FILLERS_ES = ['de', 'del', 'para', 'la', 'las', 'los', 'el', 'poder', 'popular', 'asuntos', 'relaciones'] as const

/** Armed and security institutions, lower case as written, with the English name: "las Fuerzas Armadas cubanas". */
export const ARMED_FORCE_FORMS_ES: Readonly<Record<string, string>> = {
  'fuerzas armadas': 'armed forces', 'fuerza armada': 'armed forces', 'ff.aa': 'armed forces', ejército: 'army',
  armada: 'navy', 'marina de guerra': 'navy', 'fuerza aérea': 'air force', 'fuerzas aéreas': 'air force',
  'fuerzas de seguridad': 'security forces', policía: 'police', 'guardia costera': 'coast guard',
  guardacostas: 'coast guard', 'guardia fronteriza': 'border guard', 'policía fronteriza': 'border guard',
  'guardia nacional': 'national guard', 'servicios de inteligencia': 'intelligence services',
  'servicio de inteligencia': 'intelligence services',
}

/** State media, lower case as written, with the English name: "la televisión estatal" is state TV. */
export const STATE_MEDIA_FORMS_ES: Readonly<Record<string, string>> = {
  'televisión estatal': 'state TV', 'televisora estatal': 'state TV', 'canal estatal': 'state TV',
  'televisión oficial': 'state TV', 'radio estatal': 'state radio', 'radio oficial': 'state radio',
  'medios estatales': 'state media', 'medios oficiales': 'state media', 'prensa oficial': 'state media',
  'prensa estatal': 'state media', 'agencia estatal': 'state news agency', 'agencia oficial': 'state news agency',
  'agencia de noticias estatal': 'state news agency', 'agencia oficial de noticias': 'state news agency',
  'diario oficial': 'state newspaper', 'periódico oficial': 'state newspaper', 'diario estatal': 'state newspaper',
}

/** Adjectives of an institution's own name before its country: "la Fuerza Armada Nacional venezolana". */
export const INSTITUTION_ADJECTIVES_ES = [
  'nacional', 'nacionales', 'federal', 'federales', 'popular', 'populares', 'regular', 'regulares', 'revolucionaria',
  'revolucionarias', 'revolucionario', 'revolucionarios',
] as const

/** Lower-case nouns set before an outlet's name: "el diario Vardo", "el semanario Vardo". */
export const OUTLET_NOUNS_ES = ['diario', 'periódico', 'semanario', 'revista', 'rotativo', 'vespertino'] as const
