import type { Casualty, Event, TimeRef } from '../model/annotations.js'
import type { Claim, Proposition } from '../model/ledger.js'
import { presence } from './propositions.js'
import { overlapping } from './time-span.js'

/**
 * Entailment rules: each a small named function a reviewer can read. A rule's name is what a derived
 * claim carries in `rule`, and what a reversal shows as the link between its sides.
 */

export const CASUALTIES_ENTAIL_PRESENCE = 'casualties-entail-presence'
export const DENIAL_CONTRADICTS_ASSERTION = 'denial-contradicts-assertion'
export const PERSON_SPEAKS_FOR_BODY = 'person-speaks-for-body'

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

/** The time a claim speaks about: its own period when it has one, otherwise when it was said. */
export const periodOf = (c: Claim): TimeRef => c.period ?? c.time

/**
 * denial-contradicts-assertion: a denial and an assertion of the same proposition contradict each
 * other when the times they speak about share at least a day (see time-span.ts for open bounds).
 */
export function contradicts(a: Claim, b: Claim): boolean {
  return a.proposition.key === b.proposition.key && a.polarity !== b.polarity && overlapping(periodOf(a), periodOf(b))
}

/**
 * person-speaks-for-body: a person speaks for the body of their role at that date (a leader's denial
 * is the government's), and a state organ (a ministry, the army) for its government; anyone else
 * speaks for themselves.
 */
export function speaksFor(actor: { readonly type: string; readonly memberOf?: string } | undefined, id: string): string {
  if (actor?.type === 'person' && actor.memberOf) return actor.memberOf
  if (actor?.type === 'organization' && actor.memberOf?.startsWith('gov-')) return actor.memberOf
  return id
}
