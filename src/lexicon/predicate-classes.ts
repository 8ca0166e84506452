/**
 * The predicates a claim can be about, language-neutral: acts (what someone did, an event kind) and
 * states (what holds at a time). A claim is a frame: one of these classes, its lemma, and arguments
 * (agent, patient, theme, place, event). Source: the PLOVER event ontology (ASSAULT, COERCE, MOBILIZE …,
 * the successor of CAMEO) for the acts, narrowed to what governments deny and later admit; written here.
 * The act classes are the event kinds users read; see EVENT_KIND_CLASSES for today's event kinds.
 */

/** Acts: a downing, a strike, a detention … each a kind of event, with an agent who did it. */
export const ACT_CLASSES = [
  'shoot-down', 'strike', 'shelling', 'bombing', 'attack', 'explosion', 'killing', 'death', 'deployment',
  'annexation', 'detention', 'weapon-use',
] as const

/** Acts with no agent: who died is the question ("he died in the consulate"), not who did it. */
export const AGENTLESS_CLASSES: readonly ActClass[] = ['death']

/**
 * States: presence of forces, possession of a weapon, the existence of a plan, responsibility for an
 * event, a role, a casualty figure. Holding a prisoner is the detention class, act and state alike:
 * "we are not holding her" and "we detained her" are one question.
 */
export const STATE_CLASSES = ['presence', 'possession', 'plan', 'responsibility', 'role', 'casualties'] as const

export type ActClass = (typeof ACT_CLASSES)[number]
export type PredicateClass = ActClass | (typeof STATE_CLASSES)[number]

/** The argument roles of a frame; a proposition key lists them in this order. */
export const ROLES = ['agent', 'patient', 'of', 'theme', 'in', 'event'] as const
export type Role = (typeof ROLES)[number]

/**
 * Acts that are a kind of attack: asserting one asserts an attack by the same agent on the same patient
 * ("shot down the helicopter" says it "fired on" it), never the other way round.
 */
export const KINDS_OF_ATTACK: readonly ActClass[] = ['shoot-down', 'strike', 'shelling', 'bombing']

/**
 * Today's event kinds (src/lexicon/event-triggers.ts) to the act classes an event of that kind can
 * resolve: a claim about a downing is about the ledger's "military operation" of that day and place.
 */
export const EVENT_KIND_CLASSES: Readonly<Record<string, readonly ActClass[]>> = {
  'military operation': ['attack', 'shoot-down', 'strike', 'shelling', 'bombing', 'weapon-use', 'killing', 'death'],
  incursion: ['attack', 'deployment'],
  'territorial capture': ['annexation', 'attack'],
  arrest: ['detention'],
  abduction: ['detention'],
  assassination: ['killing', 'death', 'attack'],
  killing: ['killing', 'death'],
  shooting: ['killing', 'death', 'attack', 'weapon-use'],
  'shoot-down': ['shoot-down', 'attack', 'weapon-use'],
  bombing: ['bombing', 'explosion', 'attack'],
  explosion: ['explosion', 'bombing'],
  clash: ['attack'],
  deployment: ['deployment'],
}

/** How a proposition's text names each class, whatever the language of the words that named it. */
export const CLASS_VERBS: Readonly<Record<string, string>> = {
  'shoot-down': 'shot down', strike: 'struck', shelling: 'shelled', bombing: 'bombed', attack: 'attacked',
  explosion: 'blew up', killing: 'killed', death: 'died', deployment: 'deployed', annexation: 'annexed', detention: 'detained',
  'weapon-use': 'used', possession: 'possesses', plan: 'plans',
}
