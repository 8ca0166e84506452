/**
 * Spanish offices, titles and ranks that introduce a person's name ("el ministro de Defensa Ana Ruiz",
 * "la presidenta encargada"), the words that qualify them, and the heads of unnamed sources, each
 * unnamed-source word with the English word the English rules use, so ids agree across languages.
 * Source: general Spanish news vocabulary (Fundéu BBVA on cargos y tratamientos), written here.
 */

/** Head words of an office, masculine and feminine. */
export const OFFICE_WORDS_ES = [
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'expresidente', 'expresidenta', 'ministro',
  'ministra', 'viceministro', 'viceministra', 'exministro', 'exministra', 'canciller', 'excanciller', 'mandatario',
  'mandataria', 'líder', 'rey', 'reina', 'príncipe', 'emir', 'dictador', 'dictadora', 'gobernador', 'gobernadora',
  'alcalde', 'alcaldesa', 'senador', 'senadora', 'diputado', 'diputada', 'legislador', 'legisladora',
  'embajador', 'embajadora', 'enviado', 'enviada', 'diplomático', 'diplomática', 'secretario', 'secretaria',
  'portavoz', 'vocero', 'vocera', 'jefe', 'jefa', 'director', 'directora', 'comandante', 'general', 'coronel',
  'teniente', 'capitán', 'capitana', 'almirante', 'sargento', 'mariscal', 'oficial', 'funcionario', 'funcionaria',
  'fiscal', 'juez', 'jueza', 'asesor', 'asesora', 'negociador', 'negociadora', 'coordinador', 'coordinadora',
  'relator', 'relatora', 'comisionado', 'comisionada', 'dirigente', 'consejero', 'consejera',
] as const

/** Offices whose holder speaks for their country's government when the country is stated. */
export const GOVERNMENT_OFFICE_WORDS_ES = [
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'ministro', 'ministra', 'viceministro',
  'viceministra', 'canciller', 'mandatario', 'mandataria', 'líder', 'rey', 'reina', 'emir', 'dictador', 'dictadora',
  'gobernador', 'gobernadora', 'embajador', 'embajadora', 'enviado', 'enviada', 'diplomático', 'diplomática',
  'secretario', 'secretaria', 'portavoz', 'vocero', 'vocera', 'comandante', 'general', 'coronel', 'almirante',
  'funcionario', 'funcionaria', 'oficial',
] as const

/** Offices whose holder leads a government: "la administración de Roe" is the government Roe leads. */
export const HEAD_OFFICES_ES = [
  'presidente', 'presidenta', 'mandatario', 'mandataria', 'primer ministro', 'primera ministra', 'líder', 'rey',
  'reina', 'emir', 'dictador', 'dictadora', 'jefe de estado', 'jefa de estado', 'jefe de gobierno', 'jefa de gobierno',
] as const

/** Words before the office inside one role: "primer ministro", "alto comisionado", "ex ministro". */
/** Titles written before a given name, not a surname: "el rey Hussein" no es el Hussein de "Sadam Hussein". */
export const GIVEN_NAME_TITLES_ES = ['rey', 'reina', 'príncipe', 'princesa', 'emir', 'sultán', 'jeque', 'papa'] as const

export const OFFICE_PREFIXES_ES = ['primer', 'primera', 'vice', 'ex', 'alto', 'alta', 'nuevo', 'nueva', 'actual', 'propio', 'propia'] as const

/** Words after the office inside one role: "presidenta encargada", "secretario general", "en funciones". */
export const OFFICE_QUALIFIERS_ES = [
  'encargado', 'encargada', 'interino', 'interina', 'saliente', 'entrante', 'electo', 'electa', 'adjunto',
  'adjunta', 'general', 'mayor', 'supremo', 'suprema', 'militar', 'jefe', 'jefa', 'en funciones', 'de facto',
] as const

/**
 * Complements of an office naming its field: "ministro de Defensa", "jefe del Estado Mayor", "secretario de
 * Estado", "ministro del Poder Popular para Relaciones Exteriores". Lower case, read after de/del/para.
 */
export const OFFICE_FIELD_WORDS_ES = [
  'defensa', 'exteriores', 'relaciones', 'asuntos', 'interior', 'justicia', 'hacienda', 'finanzas', 'economía',
  'salud', 'sanidad', 'educación', 'energía', 'petróleo', 'comercio', 'trabajo', 'cultura', 'comunicación',
  'comunicaciones', 'información', 'seguridad', 'inteligencia', 'agricultura', 'transporte', 'ambiente',
  'medio', 'turismo', 'industria', 'minería', 'estado', 'gobierno', 'prensa', 'poder', 'popular', 'mayor',
  'ejército', 'armada', 'fuerzas', 'armadas', 'fuerza', 'aérea', 'policía', 'guardia', 'nacional', 'interiores',
  'pública', 'ciudadana', 'y', 'e', 'la', 'las', 'los', 'el',
] as const

/** Heads of an unnamed source ("un portavoz del ejército"), each with the English head the English rule writes. */
export const UNNAMED_SOURCE_HEADS_ES: Readonly<Record<string, string>> = {
  portavoz: 'spokesperson', vocero: 'spokesman', vocera: 'spokeswoman', funcionario: 'official',
  funcionaria: 'official', diplomático: 'diplomat', diplomática: 'diplomat', oficial: 'officer', comandante: 'commander',
  asesor: 'adviser', asesora: 'adviser', negociador: 'negotiator', negociadora: 'negotiator', enviado: 'envoy',
  enviada: 'envoy', fuente: 'source', ministro: 'minister', ministra: 'minister', legislador: 'legislator',
  legisladora: 'legislator', colaborador: 'aide', colaboradora: 'aide', detective: 'detective',
  investigador: 'investigator', investigadora: 'investigator', fiscal: 'prosecutor',
}

/** Modifiers of an unnamed source, each with its English word: "un alto funcionario", "una fuente militar". */
export const UNNAMED_SOURCE_MODIFIERS_ES: Readonly<Record<string, string>> = {
  alto: 'senior', alta: 'senior', militar: 'military', gubernamental: 'government', policial: 'police',
  presidencial: 'presidential', diplomática: 'diplomatic', diplomático: 'diplomatic', oficial: 'government',
  local: 'local', regional: 'regional', federal: 'federal', gobierno: 'government', ministerio: 'ministry',
  ejército: 'army', armada: 'navy', policía: 'police', cancillería: 'foreign ministry', embajada: 'embassy',
  presidencia: 'presidential', oposición: 'opposition', seguridad: 'security', inteligencia: 'intelligence',
  partido: 'party', palacio: 'palace', anónima: 'anonymous', anónimo: 'anonymous', confiable: 'reliable',
  fidedigna: 'reliable',
}
