import type { PredicateClass } from '../predicate-classes.js'

/**
 * English words that name a predicate a claim can be about, with their forms, and the nouns that fill
 * its arguments. Source: general English news usage for the acts of the PLOVER categories in
 * predicate-classes.ts (ASSAULT: "shot down", "shelled"; MOBILIZE: "deployed"; COERCE: "detained"),
 * written here. Country names and demonyms come from the country packages, never from here.
 */

export interface PredicateWords {
  readonly lemma: string
  readonly cls: PredicateClass
  /** Every verb form, lower case, multi-word forms with single spaces. */
  readonly forms: readonly string[]
  /** The forms that make a passive after a form of "be" ("was shot down"). */
  readonly participles: readonly string[]
  /** Nouns naming the act, whose patient follows "of" ("the downing of the helicopter"). */
  readonly nouns?: readonly string[]
  /** The verb names this predicate only with such a theme as object ("used cluster munitions"). */
  readonly theme?: 'weapon' | 'force' | 'person'
  /** The subject is the patient and there is no object ("the journalist died in the consulate"). */
  readonly subjectIsPatient?: boolean
}

const verb = (lemma: string, cls: PredicateClass, forms: string, participles: string, more: Partial<PredicateWords> = {}): PredicateWords =>
  ({ lemma, cls, forms: forms.split(','), participles: participles ? participles.split(',') : [], ...more })

export const PREDICATES: readonly PredicateWords[] = [
  verb('shoot down', 'shoot-down', 'shoot down,shoots down,shot down,shooting down', 'shot down', { nouns: ['downing', 'shootdown', 'shoot-down', 'shooting down'] }),
  verb('down', 'shoot-down', 'downed,downs', 'downed'),
  verb('bring down', 'shoot-down', 'bring down,brings down,brought down,bringing down', 'brought down'),
  verb('strike', 'strike', 'strike,strikes,struck,striking', 'struck', { nouns: ['strike', 'airstrike', 'air strike', 'missile strike', 'drone strike'] }),
  verb('hit', 'strike', 'hit,hits,hitting', 'hit'),
  verb('shell', 'shelling', 'shell,shells,shelled,shelling', 'shelled', { nouns: ['shelling'] }),
  verb('bomb', 'bombing', 'bomb,bombs,bombed,bombing,bombard,bombards,bombarded,bombarding', 'bombed,bombarded', { nouns: ['bombing', 'bombardment'] }),
  verb('attack', 'attack', 'attack,attacks,attacked,attacking,fire on,fires on,fired on,firing on,opened fire on,open fire on,target,targets,targeted,targeting', 'attacked,fired on,targeted', { nouns: ['attack', 'assault', 'raid'] }),
  verb('blow up', 'explosion', 'blow up,blows up,blew up,blown up,blowing up,sabotage,sabotaged,sabotaging', 'blown up,sabotaged', { nouns: ['sabotage'] }),
  verb('kill', 'killing', 'kill,kills,killed,killing', 'killed', { nouns: ['killing', 'killings'] }),
  verb('die', 'death', 'die,dies,died,dying', '', { nouns: ['death'], theme: 'person', subjectIsPatient: true }),
  verb('deploy', 'deployment', 'deploy,deploys,deployed,deploying,station,stations,stationed', 'deployed,stationed', { nouns: ['deployment'] }),
  verb('send', 'deployment', 'send,sends,sent,sending', 'sent', { theme: 'force' }),
  verb('annex', 'annexation', 'annex,annexes,annexed,annexing', 'annexed', { nouns: ['annexation'] }),
  verb('detain', 'detention', 'detain,detains,detained,detaining,arrest,arrests,arrested,arresting,imprison,imprisoned,jail,jailed', 'detained,arrested,imprisoned,jailed', { nouns: ['detention', 'arrest'] }),
  verb('hold', 'detention', 'hold,holds,held,holding', 'held', { theme: 'person' }),
  verb('use', 'weapon-use', 'use,uses,used,using,drop,drops,dropped,dropping,fire,fires,fired,firing,employ,employed', 'used,dropped,fired,employed', { nouns: ['use'], theme: 'weapon' }),
  verb('possess', 'possession', 'possess,possesses,possessed,possessing,has,have,had,having,own,owns', 'possessed', { nouns: ['possession'], theme: 'weapon' }),
  verb('plan', 'plan', 'plan,plans,planned,planning', 'planned', { nouns: ['plan', 'plans'] }),
]

/** Nouns a patient or theme is named by, to a language-neutral class: "airliner" and "avión" are both aircraft. */
export const THEME_NOUNS: Readonly<Record<string, string>> = {
  plane: 'aircraft', planes: 'aircraft', jet: 'aircraft', jets: 'aircraft', airliner: 'aircraft', aircraft: 'aircraft',
  airplane: 'aircraft', helicopter: 'aircraft', helicopters: 'aircraft', drone: 'aircraft', drones: 'aircraft',
  warplane: 'aircraft', 'fighter jet': 'aircraft', chopper: 'aircraft', 'passenger jet': 'aircraft', airliners: 'aircraft',
  // Makers' names stand for their airliners in news copy ("the Boeing crashed").
  boeing: 'aircraft', airbus: 'aircraft',
  ship: 'vessel', boat: 'vessel', vessel: 'vessel', tanker: 'vessel', frigate: 'vessel', ferry: 'vessel',
  convoy: 'convoy', hospital: 'hospital', school: 'school', market: 'market', village: 'village', town: 'town',
  'power plant': 'power plant', pipeline: 'pipeline', bridge: 'bridge', dam: 'dam', embassy: 'embassy', base: 'base',
  journalist: 'journalist', reporter: 'journalist', activist: 'activist', 'aid worker': 'aid worker',
}

/**
 * Armed craft and guns that act for their state in a claim ("its warplanes bombed the depot"): the speaker's
 * own forces after "its"/"our". Plain "aircraft" or "jets" stay things a downing strikes.
 */
export const ARMED_CRAFT = ['warplanes', 'fighter jets', 'fighter planes', 'military aircraft', 'combat aircraft', 'gunships', 'artillery', 'air defense', 'air defence'] as const

/** Weapons whose use or possession is claimed, to a language-neutral class. */
export const WEAPON_NOUNS: Readonly<Record<string, string>> = {
  'cluster munitions': 'cluster munitions', 'cluster munition': 'cluster munitions', 'cluster bombs': 'cluster munitions',
  'cluster bomb': 'cluster munitions', 'chemical weapons': 'chemical weapons', 'chemical weapon': 'chemical weapons',
  'nerve agent': 'chemical weapons', 'chlorine gas': 'chemical weapons', 'white phosphorus': 'white phosphorus',
  phosphorus: 'white phosphorus', 'barrel bombs': 'barrel bombs', 'barrel bomb': 'barrel bombs', landmines: 'landmines',
  'land mines': 'landmines', 'anti-personnel mines': 'landmines', 'nuclear weapons': 'nuclear weapons',
  'ballistic missiles': 'ballistic missiles', 'thermobaric bombs': 'thermobaric weapons', 'thermobaric weapons': 'thermobaric weapons',
  'incendiary weapons': 'incendiary weapons', 'incendiary bombs': 'incendiary weapons',
}

/** Words that carry a passive's agent ("shot down by Peruvian forces"). */
export const AGENT_MARKERS = ['by'] as const

/** Forms of "be" (and "get") that make a participle passive. */
export const PASSIVE_AUXILIARIES = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets'] as const

/** Words that introduce the patient of an act noun ("the downing of the helicopter"). */
export const PATIENT_MARKERS = ['of', 'on', 'against'] as const

/** Words that place an act: "over the border", "near Arica", "in Bolivia". */
export const FRAME_PLACE_WORDS = ['in', 'over', 'near', 'at', 'inside', 'outside', 'into', 'across'] as const

/** Pronouns that make the speaker the agent ("it shot down", "we did not use"). */
export const SPEAKER_PRONOUNS = ['it', 'we', 'i'] as const

/** Words that open a new clause inside a content: an agent is never searched past them. */
export const CLAUSE_OPENERS = ['that', 'which', 'who', 'whom', 'when', 'while', 'after', 'before', 'because', 'but', 'and', 'although'] as const

/** Words that end a noun phrase: an argument never runs past them. */
export const PHRASE_ENDS = [
  'that', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'but', 'and', 'or', 'on', 'in', 'near',
  'over', 'at', 'by', 'with', 'from', 'during', 'as', 'into', 'across', 'to', 'was', 'were', 'is', 'are', 'had', 'has',
] as const

/** Words that may stand before an argument's head without naming it: determiners and the like. */
export const ARGUMENT_DETERMINERS = [
  'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'any', 'this', 'that', 'these', 'those', 'some', 'no',
  'two', 'three', 'four', 'military', 'civilian', 'passenger', 'cargo', 'commercial', 'unarmed', 'armed',
] as const

/** Words that may stand before a predicate that has no subject of its own ("denied having shot down"). */
export const BARE_PREDICATE_LEADS = [
  'having', 'to', 'have', 'not', 'never', 'been', 'deliberately', 'intentionally', 'again', 'on', 'this', 'last', 'yesterday',
  'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ever', 'did', 'had', 'has',
] as const

/** Words after which a verb form is a noun ("the shelling", "its attack"): no verb predicate follows them. */
export const NOUN_MARKERS = ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'any'] as const

/** Manner words between a verb and its object ("shot down by mistake the …"), skipped when reading the object. */
export const MANNER_WORDS = ['by mistake', 'by accident', 'accidentally', 'mistakenly', 'deliberately', 'intentionally', 'unintentionally', 'also', 'then'] as const

/** Verbs whose object noun is an act their subject did ("denied it carried out the bombing"). */
export const PERFORM_VERBS = [
  'carried out', 'carry out', 'carries out', 'carrying out', 'conducted', 'conduct', 'conducts', 'conducting',
  'launched', 'launch', 'launches', 'launching', 'staged', 'mounted', 'perpetrated', 'committed',
] as const

/** Nouns that make the one who bears them the agent of the act after "for"/"in" ("responsibility for the downing"). */
export const RESPONSIBILITY_NOUNS = ['responsibility', 'role', 'involvement', 'part', 'blame'] as const
