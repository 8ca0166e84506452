/**
 * Spanish plural nouns for people who speak or act as a group ("analistas", "según testigos"), each with the
 * English noun the English group rule uses, so ids agree across languages (grp-analysts, grp-cu-officials);
 * and the words that qualify them. Source: general Spanish news vocabulary, written here.
 */

export const GROUP_NOUNS_ES: Readonly<Record<string, string>> = {
  analistas: 'analysts', expertos: 'experts', expertas: 'experts', funcionarios: 'officials', testigos: 'witnesses',
  residentes: 'residents', vecinos: 'residents', habitantes: 'residents', pobladores: 'residents',
  diplomáticos: 'diplomats', activistas: 'activists', observadores: 'observers', críticos: 'critics',
  partidarios: 'supporters', simpatizantes: 'supporters', opositores: 'opponents', manifestantes: 'protesters',
  investigadores: 'researchers', científicos: 'scientists', economistas: 'economists', historiadores: 'historians',
  académicos: 'academics', legisladores: 'lawmakers', diputados: 'lawmakers', políticos: 'politicians',
  líderes: 'leaders', dirigentes: 'leaders', ministros: 'ministers', fuentes: 'sources', médicos: 'doctors',
  periodistas: 'journalists', reporteros: 'reporters', fiscales: 'prosecutors', abogados: 'lawyers',
  familiares: 'relatives', familias: 'families', supervivientes: 'survivors', sobrevivientes: 'survivors',
  lugareños: 'locals', ciudadanos: 'citizens', votantes: 'voters', trabajadores: 'workers', campesinos: 'farmers',
  estudiantes: 'students', refugiados: 'refugees', rebeldes: 'rebels', insurgentes: 'insurgents',
  milicianos: 'militants', combatientes: 'fighters', tropas: 'troops', soldados: 'soldiers', oficiales: 'officers',
  policías: 'police', comandantes: 'commanders', autoridades: 'authorities', organizaciones: 'organizations',
  ong: 'ngos', agencias: 'agencies', inspectores: 'inspectors', enviados: 'envoys', negociadores: 'negotiators',
  mediadores: 'mediators', asesores: 'advisers', portavoces: 'spokespeople', personas: 'people', civiles: 'civilians',
  bomberos: 'firefighters', rescatistas: 'rescuers', socorristas: 'rescuers', paramédicos: 'paramedics',
}

/** Qualifiers inside a group mention, each with its English word (one of the English rule's modifiers). */
export const GROUP_MODIFIERS_ES: Readonly<Record<string, string>> = {
  independientes: 'independent', locales: 'local', extranjeros: 'foreign', extranjeras: 'foreign',
  internacionales: 'international', occidentales: 'western', altos: 'senior', altas: 'senior',
  militares: 'military', gubernamentales: 'government', humanitarios: 'humanitarian', humanitarias: 'humanitarian',
  anónimos: 'anonymous', exiliados: 'exiled', desplazados: 'displaced', jóvenes: 'young', ancianos: 'elderly',
  comunes: 'ordinary', corrientes: 'ordinary', retirados: 'retired', opositores: 'opposition', regionales: 'regional',
}

/** Qualifying phrases after a group noun, with their English word: "los venezolanos de a pie". */
export const GROUP_PHRASES_ES: Readonly<Record<string, string>> = {
  'de a pie': 'ordinary', 'de seguridad': 'security', 'de inteligencia': 'intelligence', 'de la oposición': 'opposition',
  'de derechos humanos': 'human rights', 'del gobierno': 'government', 'de defensa': 'defence',
}

/** Quantifiers that belong to the mention but not to the group's name: "muchos analistas". */
export const GROUP_QUANTIFIERS_ES = ['muchos', 'muchas', 'algunos', 'algunas', 'varios', 'varias', 'otros', 'otras', 'numerosos', 'numerosas', 'los', 'las', 'unos', 'unas'] as const


/** Counts that head a group mention through "de": "miles de venezolanos", "la mayoría de los analistas". */
export const GROUP_COUNTS_ES = ['miles', 'millones', 'cientos', 'centenares', 'decenas', 'mayoría', 'parte'] as const
