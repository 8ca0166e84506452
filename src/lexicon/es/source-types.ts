/**
 * Spanish words that label who a source is, by kind (the same kinds as ../source-types.ts: anonymous,
 * state media, spokesperson, analyst, NGO, independent media; official nouns). Written here from
 * standard Spanish news usage.
 */

export const ES_ANONYMOUS_MARKERS = [
  'anonimato', 'anónimo', 'anónima', 'una fuente', 'fuentes', 'no identificado', 'no identificada',
  'pidió no ser identificado', 'pidió no ser identificada', 'pidió el anonimato', 'no autorizado', 'no autorizada',
  'cercanas a', 'cercanos a', 'próximas a',
] as const

export const ES_STATE_MEDIA_MARKERS = [
  'televisión estatal', 'televisión oficial', 'medios estatales', 'medios oficiales', 'prensa oficial',
  'agencia oficial', 'diario oficial', 'radio estatal', 'radio oficial', 'canal estatal', 'prensa estatal',
] as const

export const ES_SPOKESPERSON_NOUNS = ['portavoz', 'portavoces', 'vocero', 'vocera', 'voceros', 'un comunicado', 'comunicado', 'jefe de prensa', 'jefa de prensa'] as const

export const ES_ANALYST_NOUNS = [
  'analista', 'analistas', 'experto', 'experta', 'expertos', 'expertas', 'académico', 'académica', 'investigador',
  'investigadora', 'investigadores', 'profesor', 'profesora', 'observador', 'observadores', 'especialista',
  'especialistas', 'politólogo', 'politóloga', 'economista', 'historiador', 'historiadora',
] as const

export const ES_NGO_NOUNS = ['ong', 'organización no gubernamental', 'derechos humanos', 'cruz roja', 'observatorio', 'fundación', 'amnistía internacional'] as const

export const ES_MEDIA_NOUNS = [
  'diario', 'periódico', 'agencia', 'televisión', 'radio', 'cadena', 'canal', 'revista', 'emisora', 'medio',
  'medios', 'periodista', 'periodistas', 'corresponsal', 'reportero', 'reportera',
] as const

export const ES_OFFICIAL_NOUNS = [
  'ministro', 'ministra', 'ministerio', 'gobierno', 'presidente', 'presidenta', 'canciller', 'cancillería',
  'embajador', 'embajadora', 'embajada', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'general',
  'comandante', 'ejército', 'fuerzas armadas', 'policía', 'autoridades', 'funcionario', 'funcionaria',
  'funcionarios', 'régimen', 'secretario', 'secretaria', 'jefe', 'jefa', 'administración', 'mandatario',
  'mandataria', 'viceministro', 'viceministra', 'senador', 'senadora', 'diputado', 'diputada',
] as const

/** Heads of a description that stands for a person or for a body ("el portavoz", "el ministerio"). */
export const ES_PERSON_HEADS = [
  'él', 'ella', 'presidente', 'presidenta', 'ministro', 'ministra', 'portavoz', 'vocero', 'vocera', 'jefe', 'jefa',
  'director', 'directora', 'secretario', 'secretaria', 'embajador', 'embajadora', 'gobernador', 'gobernadora',
  'alcalde', 'alcaldesa', 'general', 'comandante', 'funcionario', 'funcionaria', 'canciller', 'mandatario',
  'mandataria', 'líder', 'dirigente', 'fiscal', 'juez', 'jueza', 'abogado', 'abogada', 'hombre', 'mujer',
] as const

export const ES_BODY_HEADS = [
  'ministerio', 'gobierno', 'administración', 'régimen', 'agencia', 'departamento', 'ejército', 'policía',
  'oficina', 'gabinete', 'embajada', 'empresa', 'grupo', 'comité', 'consejo', 'partido', 'organización',
  'tribunal', 'parlamento', 'estado', 'cancillería', 'autoridad', 'fuerzas', 'mando',
] as const
