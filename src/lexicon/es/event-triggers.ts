/**
 * Spanish event trigger words, by class, as data: the same classes and kinds as the English lexicon
 * (src/lexicon/event-triggers.ts). Source: the ACLED and CAMEO event classes, with the forms of the
 * Diccionario de la lengua española (RAE) and the Nueva gramática's noun phrase (adjectives and "de"
 * complements follow the noun), written here.
 */
import type { EventClass, TriggerForm } from '../en/event-triggers.js'

export interface SpanishTrigger {
  readonly cls: EventClass
  readonly form: TriggerForm
  /** Everyday senses ("la operación", "cesó", "detuvo el avance"): counts only with an agent, a military adjective or a person. */
  readonly weak?: boolean
  /** A weak verb that its subject makes an event: "el avión cayó", not "los precios cayeron". */
  readonly subject?: 'craft'
  /** "el ataque de X" names who attacked; "la invasión de X" what was invaded (the default). */
  readonly of?: 'agent' | 'target'
  /** "la detención del alcalde" is an arrest, "la detención del proceso" a halt: "de" must name a person. */
  readonly personOf?: boolean
  /** A participle: with "por X" after it, X is the agent ("detenido por la policía"). */
  readonly participle?: boolean
  /** Also an adjective ("una actitud ofensiva"): a noun only after a determiner or a modifier. */
  readonly determined?: boolean
  /** Weak, and a person's agency does not make it military ("la intervención del ministro" is a speech). */
  readonly stateAgent?: boolean
  /** Weak, but the event as the object of a talks verb ("reanudaron el diálogo"). */
  readonly verbObject?: boolean
  /** A kind narrower than the class gives, named as in English ("shoot-down" of attack). */
  readonly kind?: string
}

const noun = (cls: EventClass, more: Omit<SpanishTrigger, 'cls' | 'form'> = {}): SpanishTrigger => ({ cls, form: 'noun', ...more })
const verb = (cls: EventClass, more: Omit<SpanishTrigger, 'cls' | 'form'> = {}): SpanishTrigger => ({ cls, form: 'verb', ...more })
/** The four participle forms of a verb stem ("atacad" → atacado, atacada, atacados, atacadas). */
const participles = (stem: string, cls: EventClass, weak = false, kind?: string): Record<string, SpanishTrigger> =>
  Object.fromEntries(['o', 'a', 'os', 'as'].map((end) => [`${stem}${end}`, verb(cls, { participle: true, weak, ...(kind ? { kind } : {}) })]))
const DOWNING = { kind: 'shoot-down' } as const
const CRAFT_FELL = { weak: true, subject: 'craft' } as const

const AGENT = { of: 'agent' } as const
const STATE = { weak: true, of: 'agent', stateAgent: true } as const
const ADJECTIVE = { of: 'agent', determined: true } as const

/** Lower-case token sequences; the longest phrase wins ("alto el fuego" before "alto"). */
export const ES_EVENT_TRIGGERS: Readonly<Record<string, SpanishTrigger>> = {
  ataque: noun('attack', AGENT), ataques: noun('attack', AGENT), asalto: noun('attack', AGENT), asaltos: noun('attack', AGENT),
  ofensiva: noun('attack', ADJECTIVE), ofensivas: noun('attack', ADJECTIVE), bombardeo: noun('attack'), bombardeos: noun('attack'),
  incursión: noun('attack', AGENT), incursiones: noun('attack', AGENT), invasión: noun('attack'), emboscada: noun('attack', AGENT),
  // "la captura del presidente" is the English "seizure": an act of force, weak without agent or person.
  captura: noun('attack', { weak: true, personOf: true }), redada: noun('attack', AGENT), redadas: noun('attack', AGENT), intervención: noun('attack', STATE),
  operación: noun('attack', STATE), operaciones: noun('attack', STATE),
  atacó: verb('attack'), atacaron: verb('attack'), ataca: verb('attack'), atacan: verb('attack'), ...participles('atacad', 'attack'),
  bombardeó: verb('attack'), bombardearon: verb('attack'), bombardea: verb('attack'), bombardean: verb('attack'), ...participles('bombardead', 'attack'),
  invadió: verb('attack'), invadieron: verb('attack'), ...participles('invadid', 'attack'),
  asaltó: verb('attack'), asaltaron: verb('attack'), ...participles('asaltad', 'attack'), emboscaron: verb('attack'),
  detención: noun('arrest', { personOf: true }), detenciones: noun('arrest', { personOf: true }), arresto: noun('arrest'),
  arrestos: noun('arrest'),
  arrestó: verb('arrest'), arrestaron: verb('arrest'), ...participles('arrestad', 'arrest'),
  detuvo: verb('arrest', { weak: true }), detuvieron: verb('arrest', { weak: true }), ...participles('detenid', 'arrest', true),
  destitución: noun('dismissal'), cese: noun('dismissal', { personOf: true }), destituyó: verb('dismissal'), destituyeron: verb('dismissal'),
  ...participles('destituid', 'dismissal'), cesó: verb('dismissal', { weak: true }), ...participles('cesad', 'dismissal', true),
  'relevado de su cargo': verb('dismissal'), 'relevada de su cargo': verb('dismissal'), 'apartado de su cargo': verb('dismissal'),
  'apartada de su cargo': verb('dismissal'),
  decreto: noun('decree'), decretos: noun('decree'),
  'alto el fuego': noun('ceasefire'), 'alto al fuego': noun('ceasefire'), 'cese el fuego': noun('ceasefire'),
  'cese al fuego': noun('ceasefire'), 'cese del fuego': noun('ceasefire'), tregua: noun('ceasefire'), armisticio: noun('ceasefire'),
  dimisión: noun('resignation'), renuncia: noun('resignation', { personOf: true }), dimitió: verb('resignation'),
  secuestro: noun('abduction'), secuestró: verb('abduction', { weak: true }), secuestraron: verb('abduction', { weak: true }),
  magnicidio: noun('assassination'),
  // Downings, blasts, killings, clashes and protests, as in English (src/lexicon/en/event-triggers.ts).
  derribo: noun('attack', DOWNING), derribó: verb('attack', DOWNING), derribaron: verb('attack', DOWNING),
  ...participles('derribad', 'attack', false, 'shoot-down'),
  // Accidents: "se estrelló", "el accidente aéreo" (no PLOVER category, as in English).
  estrelló: verb('crash'), estrellaron: verb('crash'), cayó: verb('crash', CRAFT_FELL), cayeron: verb('crash', CRAFT_FELL),
  precipitó: verb('crash', CRAFT_FELL), ...participles('estrellad', 'crash'),
  'accidente aéreo': noun('crash'), 'accidentes aéreos': noun('crash'), naufragio: noun('crash'),
  explosión: noun('explosion'), explosiones: noun('explosion'), estallido: noun('explosion'), estalló: verb('explosion'),
  explotó: verb('explosion'),
  asesinato: noun('killing'), asesinatos: noun('killing'), matanza: noun('killing'), masacre: noun('killing'),
  tiroteo: noun('killing', { kind: 'shooting' }), enfrentamiento: noun('clash'), enfrentamientos: noun('clash'),
  protesta: noun('protest', { weak: true }), protestas: noun('protest'), manifestación: noun('protest', { weak: true }),
  manifestaciones: noun('protest'), embargo: noun('sanctions'), sanciones: noun('sanctions'),
  expulsión: noun('expulsion'), expulsó: verb('expulsion'), expulsaron: verb('expulsion'),
  // Talks: "conversaciones de paz" are talks, not a ceasefire; "diálogo" and "cumbre" have everyday senses.
  conversaciones: noun('talks'), negociaciones: noun('talks'), 'conversaciones de paz': noun('talks'),
  'negociaciones de paz': noun('talks'), 'ronda de negociaciones': noun('talks'), 'ronda de conversaciones': noun('talks'),
  'mesa de diálogo': noun('talks'), 'mesa de negociación': noun('talks'), diálogo: noun('talks', { weak: true, verbObject: true }),
  cumbre: noun('talks', { weak: true }), sesión: noun('talks', { weak: true }), ronda: noun('talks', { weak: true }),
}

/**
 * A trigger word followed by these is another sense: a fit of coughing, surgery, a rescue, a media barrage,
 * a diplomatic offensive, a cardiac arrest, an armed robbery. Whole phrases, matched from the trigger.
 */
export const ES_OTHER_SENSES = [
  'ataque de tos', 'ataque de pánico', 'ataque de ansiedad', 'ataque de nervios', 'ataque de asma', 'ataque de risa',
  'ataque de celos', 'ataque de ira', 'ataque epiléptico', 'ataque cardíaco', 'ataque cardiaco', 'ataque al corazón',
  'ataques de pánico', 'ataques de ansiedad', 'ataques de tos', 'ataques de asma',
  'operación quirúrgica', 'operación de rescate', 'operación de salvamento', 'operación de búsqueda', 'operación de evacuación',
  'operación financiera', 'operación bursátil', 'operación comercial', 'operación de cadera', 'operación de rodilla',
  'operación de corazón', 'operación retorno', 'operación salida', 'operaciones de rescate', 'operaciones de búsqueda',
  'intervención quirúrgica', 'intervención de urgencia',
  'bombardeo mediático', 'bombardeo informativo', 'bombardeo publicitario', 'bombardeo de preguntas', 'bombardeo de mensajes',
  'ofensiva diplomática', 'ofensiva comercial', 'ofensiva judicial', 'ofensiva política', 'ofensiva mediática',
  'ofensiva publicitaria', 'ofensiva legislativa', 'ofensiva arancelaria',
  'asalto a mano armada', 'detención cardiorrespiratoria', 'secuestro de bienes', 'cese de actividades', 'cese de operaciones',
] as const

/** Verbs that issue a decree (third person, past and present); the object names what is decreed. */
export const ES_DECREE_VERBS = [
  'decretó', 'decretaron', 'decreta', 'declaró', 'declararon', 'declara', 'proclamó', 'ordenó', 'impuso', 'impusieron',
  'anunció', 'firmó', 'dictó', 'estableció',
] as const

/** What a decree verb may issue, and the kind it gives (the English kinds): "dos días de duelo" ends in "duelo". */
export const ES_DECREE_OBJECTS: Readonly<Record<string, string>> = {
  duelo: 'mourning decree', luto: 'mourning decree', 'estado de emergencia': 'emergency decree',
  'estado de excepción': 'emergency decree', 'estado de sitio': 'emergency decree', 'estado de alarma': 'emergency decree',
  'toque de queda': 'curfew decree', 'ley marcial': 'martial law decree', decreto: 'decree', 'feriado nacional': 'decree',
  'día festivo': 'decree',
}
