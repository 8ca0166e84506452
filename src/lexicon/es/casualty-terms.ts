/**
 * Spanish casualty vocabulary: status words, the nouns that name the people counted and their roles.
 * Source: the casualty categories of UCDP GED and ACLED (killed, wounded, missing, captured; military,
 * civilian, police, armed group) with the wording of Spanish-language news reports, written here.
 */
import type { CasualtyStatus } from '../../model/annotations.js'
import type { CasualtyRole } from '../en/casualty-terms.js'

/** Status verbs and phrases after (or before) the group: "murieron", "resultaron heridos", "perdieron la vida". */
export const ES_STATUS_PHRASES: Readonly<Record<string, CasualtyStatus>> = {
  murió: 'killed', murieron: 'killed', muere: 'killed', mueren: 'killed', 'han muerto': 'killed', 'ha muerto': 'killed',
  'habían muerto': 'killed', 'había muerto': 'killed', falleció: 'killed', fallecieron: 'killed', fallecen: 'killed',
  'perdió la vida': 'killed', 'perdieron la vida': 'killed', 'fueron asesinados': 'killed', 'fue asesinado': 'killed',
  'resultaron muertos': 'killed', 'fueron abatidos': 'killed', 'fue abatido': 'killed', 'cayeron': 'killed',
  'resultaron heridos': 'wounded', 'resultó herido': 'wounded', 'resultaron heridas': 'wounded', 'resultó herida': 'wounded',
  'fueron heridos': 'wounded', 'fue herido': 'wounded', 'quedaron heridos': 'wounded', 'están heridos': 'wounded',
  'desaparecieron': 'missing', 'están desaparecidos': 'missing', 'siguen desaparecidos': 'missing', 'permanecen desaparecidos': 'missing',
  'fueron capturados': 'captured', 'fue capturado': 'captured', 'fueron detenidos': 'captured', 'fue detenido': 'captured',
  'fueron secuestrados': 'captured', 'fue secuestrado': 'captured', 'fueron hechos prisioneros': 'captured',
  'cayeron prisioneros': 'captured', 'fueron apresados': 'captured',
}

/** Status adjectives after the group: "24 soldados muertos", "12 civiles heridos". */
export const ES_STATUS_ADJECTIVES: Readonly<Record<string, CasualtyStatus>> = {
  muertos: 'killed', muertas: 'killed', muerto: 'killed', fallecidos: 'killed', fallecidas: 'killed', fallecido: 'killed',
  asesinados: 'killed', abatidos: 'killed', heridos: 'wounded', heridas: 'wounded', herido: 'wounded',
  lesionados: 'wounded', desaparecidos: 'missing', desaparecidas: 'missing', capturados: 'captured',
  detenidos: 'captured', secuestrados: 'captured', prisioneros: 'captured', apresados: 'captured',
}

/** Nouns of a count with no group: "32 muertos", "12 heridos", "dos víctimas mortales". */
export const ES_STATUS_NOUNS: Readonly<Record<string, CasualtyStatus>> = {
  muertos: 'killed', fallecidos: 'killed', 'víctimas mortales': 'killed', cadáveres: 'killed', cuerpos: 'killed',
  heridos: 'wounded', desaparecidos: 'missing', prisioneros: 'captured', detenidos: 'captured', rehenes: 'captured',
}

/** Active verbs whose object (after "a") is the counted group: "el ataque mató a 12 civiles". */
export const ES_ACTIVE_STATUS_VERBS: Readonly<Record<string, CasualtyStatus>> = {
  mató: 'killed', mataron: 'killed', asesinó: 'killed', asesinaron: 'killed', hirió: 'wounded', hirieron: 'wounded',
  capturó: 'captured', capturaron: 'captured', secuestró: 'captured', secuestraron: 'captured', detuvo: 'captured', detuvieron: 'captured',
}

/** Words that may stand between a group and its status: "32 soldados cubanos también murieron". */
export const ES_STATUS_FILLERS = ['también', 'ya', 'además', 'todos', 'presuntamente', 'supuestamente', 'finalmente', 'luego', 'después', 'se', 'que', 'aún', 'todavía'] as const

/** Head nouns of a counted group (plural, singular) and the role they carry; null = people in general. */
export const ES_GROUP_NOUNS: Readonly<Record<string, CasualtyRole | null>> = {
  soldados: 'military', soldado: 'military', militares: 'military', militar: 'military', efectivos: 'military',
  tropas: 'military', uniformados: 'military', marines: 'military', marineros: 'military', pilotos: 'military',
  oficiales: 'military', reclutas: 'military', tripulantes: 'military', guardias: 'military', combatientes: 'militant',
  milicianos: 'militant', rebeldes: 'militant', guerrilleros: 'militant', insurgentes: 'militant', yihadistas: 'militant',
  civiles: 'civilian', civil: 'civilian', niños: 'civilian', niñas: 'civilian', mujeres: 'civilian', residentes: 'civilian',
  habitantes: 'civilian', vecinos: 'civilian', estudiantes: 'civilian', pasajeros: 'civilian', manifestantes: 'civilian',
  pescadores: 'civilian', campesinos: 'civilian', trabajadores: 'civilian', migrantes: 'civilian', refugiados: 'civilian',
  policías: 'police', policía: 'police', agentes: 'police', agente: 'police', gendarmes: 'police', carabineros: 'police',
  médicos: 'medical', enfermeros: 'medical', sanitarios: 'medical', periodistas: 'journalist', periodista: 'journalist',
  cooperantes: 'aid worker', funcionarios: 'official', diplomáticos: 'official',
  personas: null, persona: null, ciudadanos: null, miembros: null, rehenes: null, prisioneros: null, víctimas: null,
  nacionales: null, hombres: null,
}

/** "otros seis", "otras diez personas": more of the group just counted in the same sentence. */
export const ES_OTHER_WORDS = ['otros', 'otras', 'otro', 'otra', 'demás'] as const

/** Modifiers after the head that set its role: "personal militar", "agentes de policía", "efectivos policiales". */
export const ES_ROLE_MODIFIERS: Readonly<Record<string, CasualtyRole>> = {
  militar: 'military', militares: 'military', policial: 'police', policiales: 'police', policía: 'police', civil: 'civilian',
  civiles: 'civilian', sanitario: 'medical', sanitarios: 'medical', rebelde: 'militant', rebeldes: 'militant',
}

/** Nouns of a running count: "el número de muertos", "el balance de víctimas", "la cifra de heridos". */
export const ES_TALLY_NOUNS = ['número', 'balance', 'cifra', 'total', 'recuento', 'saldo'] as const

/** Verbs that set a count, with the figure after "a": "elevó a 23 el número de …", "cifró en 23 …". */
export const ES_RAISE_VERBS = [
  'elevó', 'eleva', 'elevaron', 'elevan', 'aumentó', 'aumenta', 'subió', 'sube', 'situó', 'sitúa', 'cifró', 'cifra',
  'fijó', 'fija', 'actualizó', 'actualiza', 'rebajó', 'rebaja', 'redujo', 'reduce', 'corrigió', 'corrige',
] as const

/** Verbs a count reaches a figure with: "el número de muertos ascendió a 40". */
export const ES_REACH_VERBS = ['ascendió', 'asciende', 'subió', 'sube', 'llegó', 'llega', 'aumentó', 'aumenta', 'alcanzó', 'alcanza', 'se elevó', 'se eleva', 'se situó', 'se sitúa'] as const
