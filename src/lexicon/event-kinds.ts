/**
 * The kinds of event users read, as data, language-neutral: each kind's PLOVER category and mode, and
 * the kinds it entails. Trigger words per language live in src/lexicon/en/ and src/lexicon/es/.
 * Source: PLOVER, the Political Language Ontology for Verifiable Event Records of the Open Event Data
 * Alliance (the successor of CAMEO, used by the POLECAT event data): its categories, and the modes of
 * its manual (ASSAULT, COERCE, PROTEST, MOBILIZE, SANCTION, RETREAT, CONSULT), read at
 * github.com/openeventdata/PLOVER (PLOVER_MANUAL.tex, CAMEO2PLOVER-2021.txt); the kinds are ours.
 * PLOVER codes two-sided fighting as ASSAULT with every side a source, and investigations as ACCUSE.
 */

/** PLOVER's event categories (the manual's ASSAULT takes in the older FIGHT). */
export type PloverCategory =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'DEMAND' | 'ACCUSE'
  | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT'

export interface KindInfo {
  /** Absent where PLOVER codes nothing: accidents (its context `enviro_disaster`), dismissals, votes. */
  readonly category?: PloverCategory
  /** The PLOVER mode: how it was done ("explosives", "arrest", "demo"); `aerial` is our extension (CAMEO 195). */
  readonly mode?: string
  /** Kinds this one is an instance of: a bombing is an attack and an explosion. */
  readonly entails?: readonly string[]
  /** Casualty figures attach to it. */
  readonly violent?: boolean
  /** News reports it before it happens ("talks next week"): an undated mention may lie after its article. */
  readonly planned?: boolean
}

const ATTACK = ['attack'] as const

/** Every kind, by the name users read. */
export const EVENT_KINDS = {
  // Violence (PLOVER ASSAULT).
  attack: { category: 'ASSAULT', violent: true },
  bombing: { category: 'ASSAULT', mode: 'explosives', entails: ['attack', 'explosion'], violent: true },
  shooting: { category: 'ASSAULT', mode: 'firearms', entails: ATTACK, violent: true },
  'air strike': { category: 'ASSAULT', mode: 'aerial', entails: ATTACK, violent: true },
  'missile strike': { category: 'ASSAULT', mode: 'heavy-weapons', entails: ATTACK, violent: true },
  shelling: { category: 'ASSAULT', mode: 'heavy-weapons', entails: ATTACK, violent: true },
  'shoot-down': { category: 'ASSAULT', mode: 'heavy-weapons', entails: ATTACK, violent: true },
  invasion: { category: 'ASSAULT', entails: ['attack', 'incursion'], violent: true },
  clash: { category: 'ASSAULT', entails: ATTACK, violent: true },
  killing: { category: 'ASSAULT', violent: true },
  assassination: { category: 'ASSAULT', mode: 'assassinate', entails: ['killing'], violent: true },
  kidnapping: { category: 'ASSAULT', mode: 'abduct', violent: true },
  // Force short of fighting, and ground taken (PLOVER MOBILIZE, COERCE).
  incursion: { category: 'ASSAULT', entails: ['deployment'], violent: true },
  deployment: { category: 'MOBILIZE', mode: 'troops' },
  'territorial capture': { category: 'COERCE', mode: 'confiscate' },
  annexation: { category: 'COERCE', mode: 'confiscate' },
  seizure: { category: 'COERCE', mode: 'confiscate' },
  blockade: { category: 'COERCE', mode: 'restrict' },
  // Accidents: PLOVER has no category for them.
  explosion: { violent: true },
  crash: { violent: true },
  // Dissent (PLOVER PROTEST).
  protest: { category: 'PROTEST', mode: 'demo' },
  riot: { category: 'PROTEST', mode: 'riot', entails: ['protest'], violent: true },
  'labour strike': { category: 'PROTEST', mode: 'strike-lim' },
  // The law (PLOVER COERCE arrest: "arrest, detain, or charge with legal action"; SANCTION convict).
  arrest: { category: 'COERCE', mode: 'arrest' },
  charge: { category: 'COERCE', mode: 'arrest' },
  trial: { category: 'ACCUSE', entails: ['charge'], planned: true },
  conviction: { category: 'SANCTION', mode: 'convict' },
  jailing: { category: 'COERCE', mode: 'arrest', entails: ['arrest'] },
  release: { category: 'RETREAT', mode: 'release' },
  expulsion: { category: 'SANCTION', mode: 'expel' },
  // Orders and decrees (PLOVER DEMAND; COERCE curfew and martial-law).
  decree: {},
  'mourning decree': { entails: ['decree'] },
  'emergency decree': { category: 'COERCE', mode: 'martial-law', entails: ['decree'] },
  'curfew decree': { category: 'COERCE', mode: 'curfew', entails: ['decree'] },
  'martial law decree': { category: 'COERCE', mode: 'martial-law', entails: ['decree'] },
  order: { category: 'DEMAND' },
  // Diplomacy (PLOVER CONSULT, SUPPORT, SANCTION, RETREAT, ACCUSE).
  talks: { category: 'CONSULT', planned: true },
  meeting: { category: 'CONSULT', entails: ['talks'], planned: true },
  visit: { category: 'CONSULT', mode: 'visit', entails: ['meeting'], planned: true },
  agreement: { category: 'SUPPORT' },
  ceasefire: { category: 'RETREAT', mode: 'ceasefire' },
  withdrawal: { category: 'RETREAT', mode: 'withdraw' },
  sanctions: { category: 'SANCTION' },
  inspection: { category: 'ACCUSE', mode: 'investigate' },
  // Offices and votes: PLOVER codes a resignation as RETREAT; dismissals and votes have no category.
  dismissal: {},
  resignation: { category: 'RETREAT', mode: 'resign' },
  vote: { planned: true },
} as const satisfies Readonly<Record<string, KindInfo>>

export type EventKind = keyof typeof EVENT_KINDS

const info = (kind: string): KindInfo | undefined => (EVENT_KINDS as Readonly<Record<string, KindInfo>>)[kind]

export const isEventKind = (kind: string): kind is EventKind => info(kind) !== undefined

/** The kind and every kind it entails, transitively: bombing → bombing, attack, explosion. */
export function closureOf(kind: string): readonly string[] {
  const out = [kind]
  for (let k = 0; k < out.length; k++) for (const next of info(out[k]!)?.entails ?? []) if (!out.includes(next)) out.push(next)
  return out
}

/** Whether an event of kind `a` is also one of kind `b` ("a shoot-down is an attack"). */
export const entails = (a: string, b: string): boolean => closureOf(a).includes(b)

/** Two mentions may name one event when one kind entails the other ("the bombing", "the attack"). */
export const kindsAgree = (a: string, b: string): boolean => entails(a, b) || entails(b, a)

/** The broadest kinds a kind entails (those entailing nothing further): where two agreeing kinds meet. */
export const rootsOf = (kind: string): readonly string[] => closureOf(kind).filter((k) => !(info(k)?.entails?.length))

export const categoryOf = (kind: string): PloverCategory | undefined => info(kind)?.category
export const modeOf = (kind: string): string | undefined => info(kind)?.mode
export const isViolent = (kind: string): boolean => Boolean(info(kind)?.violent)
export const isPlanned = (kind: string): boolean => Boolean(info(kind)?.planned)
