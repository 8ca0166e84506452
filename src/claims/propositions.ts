import type { Proposition } from '../model/ledger.js'
import { countryInfo } from '../lexicon/en/countries.js'

/**
 * Propositions: normalized so that two claims about the same thing get the same `key`, whatever the
 * words. Args are ids (ISO country codes, actor and event ids) so keys compare across documents.
 */

function proposition(kind: Proposition['kind'], args: Record<string, string>, text: string): Proposition {
  const key = `${kind}(${Object.entries(args).map(([k, v]) => `${k}:${v}`).join(',')})`
  return { key, kind, args, text }
}

const demonymOf = (code: string) => countryInfo(code)?.demonym || code
const nameOf = (code: string) => countryInfo(code)?.name ?? code

/** presence(forces:X, in:Y): the armed forces of country X are present in country Y. */
export function presence(forces: string, place: string): Proposition {
  return proposition('presence', { forces, in: place }, `${demonymOf(forces)} military personnel are present in ${nameOf(place)}`)
}

/** The group a casualty figure counts, as a key: country and role, or the words when neither is known. */
export function groupKeyOf(c: { readonly group: string; readonly country?: string; readonly role?: string }): string {
  if (c.country) return `${c.country}/${c.role ?? 'any'}`
  return c.group.toLowerCase().replace(/\s+/g, ' ')
}

/** casualties(group, event, status): members of the group were killed (wounded, …) in the event. */
export function casualtiesOf(group: string, groupLabel: string, event: string, eventLabel: string, status: string): Proposition {
  return proposition('casualties', { group, event, status }, `${groupLabel} were ${status} in ${eventLabel}`)
}

/** responsibility(actor, event): the actor carried out, or is to blame for, the event. */
export function responsibility(actor: string, actorLabel: string, event: string, eventLabel: string): Proposition {
  return proposition('responsibility', { actor, event }, `${actorLabel} is responsible for ${eventLabel}`)
}

/** role(person, office, of): the person holds the office, for a body when known. */
export function role(person: string, personLabel: string, office: string, body?: string): Proposition {
  const args: Record<string, string> = { person, office: office.toLowerCase() }
  if (body) args['of'] = body
  return proposition('role', args, `${personLabel} is ${office.toLowerCase()}`)
}
