/**
 * Casualty vocabulary: status words, the nouns that name the people counted, and their roles.
 * Source: the casualty categories of UCDP GED and ACLED (killed, wounded, missing, captured;
 * military, civilian, police, armed group), with the wording of English news reports, written here.
 */
import type { CasualtyStatus } from '../../model/annotations.js'

/** Status phrases, as lower-case token sequences, after the group ("12 soldiers were killed"). */
export const STATUS_PHRASES: Readonly<Record<string, CasualtyStatus>> = {
  killed: 'killed', dead: 'killed', died: 'killed', 'lost their lives': 'killed', 'lost his life': 'killed',
  'lost her life': 'killed', fell: 'killed', 'were slain': 'killed', slain: 'killed', perished: 'killed',
  'gave their lives': 'killed', executed: 'killed', murdered: 'killed',
  wounded: 'wounded', injured: 'wounded', hurt: 'wounded',
  missing: 'missing', 'unaccounted for': 'missing', disappeared: 'missing',
  captured: 'captured', 'taken prisoner': 'captured', 'taken hostage': 'captured', abducted: 'captured',
  kidnapped: 'captured', 'held hostage': 'captured', 'held captive': 'captured', 'taken captive': 'captured',
}

/** Active verbs that take the counted group as object ("the strike killed 12 civilians"). */
export const ACTIVE_STATUS_VERBS: Readonly<Record<string, CasualtyStatus>> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', 'left dead': 'killed',
  wounded: 'wounded', wounding: 'wounded', injured: 'wounded', injuring: 'wounded',
  captured: 'captured', capturing: 'captured', abducted: 'captured', abducting: 'captured',
  kidnapped: 'captured', kidnapping: 'captured',
}

/** Nouns for a count of deaths with no group: "12 deaths", "31 bodies", "two killings" (the group is the people counted before). */
export const DEATH_NOUNS = ['deaths', 'fatalities', 'bodies', 'corpses', 'dead', 'killings', 'slayings', 'murders'] as const

/** Adjectives of status before a group: "dozens of dead civilians", "three wounded police officers". */
export const STATUS_ADJECTIVES: Readonly<Record<string, CasualtyStatus>> = {
  dead: 'killed', slain: 'killed', wounded: 'wounded', injured: 'wounded', missing: 'missing', captured: 'captured',
  kidnapped: 'captured', abducted: 'captured',
}

/** Substantivized statuses: "seven of the dead", "among the wounded". */
export const STATUS_NOUNS: Readonly<Record<string, CasualtyStatus>> = {
  dead: 'killed', killed: 'killed', victims: 'killed', fatalities: 'killed', wounded: 'wounded', injured: 'wounded',
  missing: 'missing', captured: 'captured', hostages: 'captured', abducted: 'captured', kidnapped: 'captured',
}

/**
 * Nouns of a running count and the status they imply by themselves: "the death toll rose to 40".
 * `null`: the count needs its own status ("the number of soldiers killed", "its count of dead").
 */
export const TALLY_NOUNS: Readonly<Record<string, CasualtyStatus | null>> = {
  'death toll': 'killed', 'casualty toll': 'killed', 'fatality toll': 'killed', toll: 'killed', 'body count': 'killed',
  'injury toll': 'wounded', number: null, count: null, tally: null, figure: null, total: null,
}

/** Words that bring a running count to its figure: "rose to 40", "stood at 12", "reached 30". */
export const TALLY_LINKS = ['to', 'at', 'of', 'reached', 'reaching', 'hit', 'hitting', 'was', 'is', 'remains', 'remained', 'topped', 'exceeded', 'passed', 'now'] as const

/** Verbs by which a source states or updates its own count: "the army raised its count of dead to 19". */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'reported', 'reports', 'announced', 'announces', 'confirmed', 'confirms', 'raised', 'raises',
  'revised', 'revises', 'lifted', 'increased', 'updated', 'updates', 'put', 'puts', 'gave', 'gives', 'told',
  'added', 'stated', 'estimated', 'estimates', 'counted', 'listed', 'acknowledged', 'admitted', 'claimed',
  'claims', 'recorded', 'registered', 'lowered', 'cut', 'corrected',
] as const

/**
 * Words that may stand between the group and its status without changing it:
 * "32 soldiers had been killed", "many were among those killed", "12 are still missing".
 */
export const STATUS_FILLERS = [
  'were', 'was', 'had', 'have', 'has', 'been', 'be', 'being', 'are', 'is', 'reportedly', 'also', 'all',
  'later', 'subsequently', 'allegedly', 'still', 'remain', 'remained', 'remains', 'confirmed', 'believed',
  'feared', 'thought', 'to', 'presumed', 'among', 'those', 'the', 'who', 'either', 'now', 'since',
  'already', 'officially', 'listed', 'as', 'left', 'found', 'both', 'each', 'initially', 'apparently', 'reported',
] as const

export type CasualtyRole = 'military' | 'civilian' | 'police' | 'militant' | 'medical' | 'journalist' | 'aid worker' | 'official'

/**
 * Head nouns of a counted group and the role they carry. `null` = people in general (no role).
 * "Fighters" and other members of non-state armed groups are `militant`, apart from armed forces.
 */
export const GROUP_NOUNS: Readonly<Record<string, CasualtyRole | null>> = {
  soldiers: 'military', soldier: 'military', troops: 'military', forces: 'military', troop: 'military', officers: 'military',
  officer: 'military', personnel: 'military', servicemen: 'military', serviceman: 'military',
  servicemembers: 'military', 'service members': 'military', 'service member': 'military',
  marines: 'military', marine: 'military', sailors: 'military', sailor: 'military', airmen: 'military',
  paratroopers: 'military', conscripts: 'military', recruits: 'military', commanders: 'military',
  commander: 'military', guards: 'military', guardsmen: 'military', reservists: 'military',
  pilots: 'military', pilot: 'military', crew: 'military', 'crew members': 'military',
  fighters: 'militant', fighter: 'militant', militants: 'militant', militant: 'militant',
  insurgents: 'militant', rebels: 'militant', rebel: 'militant', guerrillas: 'militant',
  militiamen: 'militant', jihadists: 'militant', gunmen: 'militant', combatants: 'militant',
  civilians: 'civilian', civilian: 'civilian', children: 'civilian', child: 'civilian', women: 'civilian',
  residents: 'civilian', villagers: 'civilian', students: 'civilian', pupils: 'civilian',
  passengers: 'civilian', pedestrians: 'civilian', worshippers: 'civilian', protesters: 'civilian',
  demonstrators: 'civilian', farmers: 'civilian', workers: 'civilian', refugees: 'civilian',
  migrants: 'civilian', tourists: 'civilian', babies: 'civilian', infants: 'civilian', men: null,
  policemen: 'police', policeman: 'police', police: 'police', 'police officers': 'police',
  'police officer': 'police', gendarmes: 'police', 'border guards': 'police',
  medics: 'medical', doctors: 'medical', nurses: 'medical', paramedics: 'medical',
  journalists: 'journalist', journalist: 'journalist', reporters: 'journalist',
  'aid workers': 'aid worker', 'aid worker': 'aid worker', 'humanitarian workers': 'aid worker',
  officials: 'official', diplomats: 'official', ministers: 'official',
  people: null, persons: null, person: null, others: null, individuals: null, members: null,
  nationals: null, citizens: null, hostages: null, prisoners: null, detainees: null, victims: null,
}

/** "six others", "ten other people": more of the group just counted in the same sentence. */
export const OTHER_WORDS = ['others', 'other'] as const

/** Modifiers that override the head noun's role: "police officers", "civilian contractors". */
export const ROLE_MODIFIERS: Readonly<Record<string, CasualtyRole>> = {
  police: 'police', civilian: 'civilian', military: 'military', army: 'military', navy: 'military',
  security: 'military', government: 'military', rebel: 'militant', militia: 'militant', medical: 'medical',
}

/** Lower-case words a group phrase may carry before its head ("young soldiers", "foreign troops"). */
export const GROUP_ADJECTIVES = [
  'young', 'foreign', 'local', 'other', 'more', 'elite', 'regular', 'special', 'armed', 'unarmed',
  'innocent', 'enemy', 'allied', 'senior', 'junior', 'fellow', 'ordinary', 'pro-government',
  'government', 'army', 'navy', 'security', 'police', 'military', 'civilian', 'rebel', 'militia',
  'medical', 'aid', 'humanitarian', 'border', 'service', 'crew', 'special-forces',
] as const
