import type { PredicateWords } from '../en/predicates.js'
import type { PredicateClass } from '../predicate-classes.js'
import { thirdPersonForms } from './conjugation.js'

/**
 * The Spanish words of src/lexicon/predicates.ts: verbs (all their third-person, subjunctive, infinitive
 * and participle forms, from conjugation.ts), act nouns, and the nouns that fill arguments. Source:
 * general Spanish news usage ("derribó el avión", "negó haber usado bombas de racimo"), written here.
 */

/** Participles agree with their subject: derribado, derribada, derribados, derribadas. */
const agreeing = (participle: string) => participle.endsWith('o')
  ? [participle, `${participle.slice(0, -1)}a`, `${participle}s`, `${participle.slice(0, -1)}as`]
  : [participle]

/** Present and past subjunctive, third person: "negó que derribara", "descarta que derribe". */
function subjunctive(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2)
  const ar = infinitive.endsWith('ar')
  const past = thirdPersonForms(infinitive).past[1]!.slice(0, -3)
  const present = stem + (ar ? 'e' : 'a')
  return [present, `${present}n`, `${past}ra`, `${past}ran`, `${past}se`, `${past}sen`]
}

function verb(infinitive: string, cls: PredicateClass, more: Partial<PredicateWords> & { extra?: readonly string[] } = {}): PredicateWords {
  const f = thirdPersonForms(infinitive)
  const participles = agreeing(f.participle)
  const { extra = [], ...rest } = more
  return {
    lemma: infinitive, cls, participles,
    forms: [...new Set([...f.present, ...f.past, ...f.future, f.gerund, f.infinitive, ...participles, ...subjunctive(infinitive), ...extra])],
    ...rest,
  }
}

export const ES_PREDICATES: readonly PredicateWords[] = [
  verb('derribar', 'shoot-down', { nouns: ['derribo'] }),
  verb('abatir', 'shoot-down'),
  verb('alcanzar', 'strike', { extra: ['alcance', 'alcancen'] }),
  verb('bombardear', 'bombing', { nouns: ['bombardeo', 'bombardeos'] }),
  verb('atacar', 'attack', { nouns: ['ataque', 'ataques', 'asalto'], extra: ['ataque', 'ataquen'] }),
  verb('disparar', 'attack'),
  verb('matar', 'killing', { nouns: ['asesinato'] }),
  { ...verb('fallecer', 'death', { theme: 'person', subjectIsPatient: true, extra: ['fallezca', 'fallezcan'] }), participles: [] },
  {
    lemma: 'morir', cls: 'death', participles: [], nouns: ['muerte'], theme: 'person', subjectIsPatient: true,
    forms: ['morir', 'muere', 'mueren', 'murió', 'murieron', 'morirá', 'morirán', 'muriendo', 'muerto', 'muerta', 'muertos', 'muertas', 'muera', 'mueran', 'muriera', 'murieran', 'muriese'],
  },
  verb('desplegar', 'deployment', { nouns: ['despliegue'], extra: ['despliega', 'despliegan', 'despliegue', 'desplieguen'] }),
  verb('enviar', 'deployment', { theme: 'force', extra: ['envía', 'envían'] }),
  verb('anexar', 'annexation', { nouns: ['anexión'] }),
  verb('detener', 'detention', { nouns: ['detención', 'arresto'], extra: ['detenga', 'detengan', 'detuviera', 'detuvieran'] }),
  verb('arrestar', 'detention'),
  verb('retener', 'detention', { theme: 'person', extra: ['retiene', 'retienen', 'retuvo', 'retuvieron', 'retenga', 'retuviera'] }),
  verb('usar', 'weapon-use', { nouns: ['uso'], theme: 'weapon' }),
  verb('utilizar', 'weapon-use', { nouns: ['utilización'], theme: 'weapon', extra: ['utilice', 'utilicen'] }),
  verb('emplear', 'weapon-use', { nouns: ['empleo'], theme: 'weapon' }),
  verb('lanzar', 'weapon-use', { theme: 'weapon', extra: ['lance', 'lancen'] }),
  verb('poseer', 'possession', { nouns: ['posesión'], theme: 'weapon', extra: ['poseyó', 'poseyeron', 'posea', 'poseyera'] }),
  verb('tener', 'possession', { theme: 'weapon', extra: ['tiene', 'tienen', 'tuvo', 'tuvieron', 'tenga', 'tuviera'] }),
  verb('planear', 'plan', { nouns: ['plan', 'planes'] }),
]

export const ES_THEME_NOUNS: Readonly<Record<string, string>> = {
  avión: 'aircraft', aviones: 'aircraft', aeronave: 'aircraft', avioneta: 'aircraft', helicóptero: 'aircraft',
  helicópteros: 'aircraft', dron: 'aircraft', drones: 'aircraft', caza: 'aircraft', 'avión de pasajeros': 'aircraft',
  avionetas: 'aircraft', aeronaves: 'aircraft', boeing: 'aircraft', airbus: 'aircraft',
  buque: 'vessel', barco: 'vessel', embarcación: 'vessel', lancha: 'vessel', petrolero: 'vessel', fragata: 'vessel',
  convoy: 'convoy', hospital: 'hospital', escuela: 'school', mercado: 'market', aldea: 'village', pueblo: 'town',
  'central eléctrica': 'power plant', oleoducto: 'pipeline', puente: 'bridge', presa: 'dam', embajada: 'embassy', base: 'base',
  periodista: 'journalist', reportero: 'journalist', reportera: 'journalist', activista: 'activist', cooperante: 'aid worker',
}

/** Aviones y artillería que actúan por su Estado ("su aviación bombardeó"): las fuerzas propias tras "su"/"nuestra". */
export const ES_ARMED_CRAFT = ['aviación', 'aviación militar', 'aviones de combate', 'aviones militares', 'cazabombarderos', 'artillería', 'helicópteros artillados'] as const

export const ES_WEAPON_NOUNS: Readonly<Record<string, string>> = {
  'bombas de racimo': 'cluster munitions', 'bomba de racimo': 'cluster munitions', 'municiones de racimo': 'cluster munitions',
  'armas químicas': 'chemical weapons', 'arma química': 'chemical weapons', 'agente nervioso': 'chemical weapons',
  'gas cloro': 'chemical weapons', 'fósforo blanco': 'white phosphorus', 'bombas de barril': 'barrel bombs',
  'minas antipersona': 'landmines', 'minas terrestres': 'landmines', 'armas nucleares': 'nuclear weapons',
  'misiles balísticos': 'ballistic missiles', 'armas termobáricas': 'thermobaric weapons', 'bombas incendiarias': 'incendiary weapons',
}

export const ES_AGENT_MARKERS = ['por'] as const
export const ES_PASSIVE_AUXILIARIES = ['fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran', 'sea', 'fuera', 'fueran', 'resultó', 'resultaron'] as const
export const ES_PATIENT_MARKERS = ['de', 'del', 'contra'] as const
export const ES_FRAME_PLACE_WORDS = ['en', 'sobre', 'cerca de', 'dentro de', 'junto a'] as const
export const ES_SPEAKER_PRONOUNS = ['nosotros', 'nosotras'] as const
export const ES_CLAUSE_OPENERS = ['que', 'quien', 'quienes', 'cuando', 'mientras', 'porque', 'pero', 'aunque', 'y', 'tras'] as const
export const ES_PHRASE_ENDS = [
  'que', 'quien', 'cuando', 'mientras', 'porque', 'pero', 'y', 'o', 'en', 'cerca', 'sobre', 'por', 'con', 'desde',
  'durante', 'como', 'hacia', 'tras', 'a', 'al', 'fue', 'era', 'es', 'había', 'ha',
] as const
export const ES_ARGUMENT_DETERMINERS = [
  'a', 'al', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'ese', 'esa', 'ningún', 'ninguna',
  'dos', 'tres', 'cuatro', 'militar', 'civil', 'de', 'pasajeros', 'carga', 'comercial',
] as const
export const ES_BARE_PREDICATE_LEADS = [
  'no', 'nunca', 'haber', 'había', 'habían', 'hubiera', 'hubieran', 'haya', 'hayan', 'ha', 'han', 'habría', 'habrían',
  'lo', 'la', 'los', 'las', 'se', 'de', 'deliberadamente', 'este', 'esta', 'el', 'ayer', 'hoy', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'nuevo', 'nuevamente', 'jamás',
] as const
export const ES_NOUN_MARKERS = ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'este', 'esta', 'del', 'al'] as const
export const ES_MANNER_WORDS = ['por error', 'por accidente', 'accidentalmente', 'deliberadamente', 'intencionadamente', 'también', 'luego'] as const
/** Verbos cuyo objeto es un acto de su sujeto ("negó haber llevado a cabo el bombardeo"). */
export const ES_PERFORM_VERBS = [
  'llevó a cabo', 'llevaron a cabo', 'llevado a cabo', 'llevar a cabo', 'realizó', 'realizaron', 'realizado', 'realizar',
  'lanzó', 'lanzaron', 'lanzado', 'perpetró', 'perpetraron', 'perpetrado', 'cometió', 'cometido',
] as const
export const ES_RESPONSIBILITY_NOUNS = ['responsabilidad', 'participación', 'papel', 'culpa', 'implicación'] as const
