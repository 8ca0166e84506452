import type { Casualty, Event, TimeRef } from '../model/annotations.js'
import type { Claim, Proposition } from '../model/ledger.js'
import { CLASS_VERBS, KINDS_OF_ATTACK } from '../lexicon/predicate-classes.js'
import { asClass, deathOf } from './frame-propositions.js'
import { presence, responsibility } from './propositions.js'
import { countryOfGovernment, isCountryCode } from '../model/country-code.js'

/**
 * Entailment rules: each a small named function a reviewer can read. A rule's name is what a derived
 * claim carries in `rule`, and what a reversal shows as the link between its sides.
 */

export const CASUALTIES_ENTAIL_PRESENCE = 'casualties-entail-presence'
export const ACT_IS_AN_ATTACK = 'act-is-an-attack'
export const ACT_ENTAILS_RESPONSIBILITY = 'act-entails-responsibility'
export const DEPLOYMENT_ENTAILS_PRESENCE = 'deployment-entails-presence'
export const DOWNING_ENTAILS_HIT = 'downing-entails-hit'
export const KILLING_ENTAILS_DEATH = 'killing-entails-death'

/** Roles whose members are a state's armed forces. */
const FORCE_ROLES = new Set(['military'])

/**
 * casualties-entail-presence: soldiers of X killed (wounded, missing, captured) in Y during an event
 * place X's armed forces in Y on the event's date. A count of zero entails nothing ("no X soldiers
 * were killed" says nothing about where they were); nor do figures without a country, a military
 * role or an event located elsewhere than X.
 */
export function casualtiesEntailPresence(c: Casualty, event: Event | undefined): { proposition: Proposition; period: TimeRef } | null {
  if (c.count === 0 || !c.country || !FORCE_ROLES.has(c.role ?? '')) return null
  if (!event?.location || event.location === c.country) return null
  return { proposition: presence(c.country, event.location), period: event.date ? { value: event.date } : {} }
}

/**
 * The propositions a frame's claim entails, each with its rule:
 * - act-is-an-attack: "X shot down (shelled, bombed, struck) Y" asserts "X attacked Y"; the reverse does
 *   not hold, so only assertions are carried up;
 * - act-entails-responsibility: "X shot down Y" in an event E says "X is responsible for E", and denying
 *   the act denies the responsibility (the way news and governments use the two);
 * - killing-entails-death: "X killed Y in Z" asserts "Y died in Z", so it answers "Y did not die there";
 * - downing-entails-hit: "X shot down Y" asserts "X hit (struck) Y", so it answers "no missile hit the plane";
 * - deployment-entails-presence: "X deployed troops in Y" asserts presence(forces of X, in Y).
 */
export function entailedBy(c: Claim): { proposition: Proposition; rule: string }[] {
  const p = c.proposition
  const out: { proposition: Proposition; rule: string }[] = []
  const asserts = c.polarity === 'asserts'
  if (asserts && (KINDS_OF_ATTACK as readonly string[]).includes(p.kind)) out.push({ proposition: asClass(p, 'attack', 'attack'), rule: ACT_IS_AN_ATTACK })
  if (asserts && p.kind === 'shoot-down') out.push({ proposition: asClass(p, 'strike', 'hit'), rule: DOWNING_ENTAILS_HIT })
  if (asserts && p.kind === 'killing' && p.args['patient']) out.push({ proposition: deathOf(p), rule: KILLING_ENTAILS_DEATH })
  const agent = p.args['agent']
  const event = p.args['event']
  if (agent && event && p.lemma && p.kind !== 'plan') {
    out.push({ proposition: responsibility(agent, p.text.split(` ${CLASS_VERBS[p.kind] ?? p.kind} `)[0]!, event, `the ${p.lemma} (${event})`), rule: ACT_ENTAILS_RESPONSIBILITY })
  }
  const forces = countryOfGovernment(agent)
  const place = p.args['in']
  if (asserts && p.kind === 'deployment' && forces && place && isCountryCode(place) && place !== forces) {
    out.push({ proposition: presence(forces, place), rule: DEPLOYMENT_ENTAILS_PRESENCE })
  }
  return out
}
