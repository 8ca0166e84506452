import type { Actor } from '../../model/annotations.js'

/**
 * One line per actor, for tests and debugging:
 * `gov-ke government KE "Government of Kenya": the Kenyan government/name, Nairobi/metonym`.
 */
export function renderActor(a: Actor): string {
  const facts = [a.id, a.type, a.country, a.memberOf && `∈${a.memberOf}`, a.role && `(${a.role})`].filter(Boolean).join(' ')
  return `${facts} "${a.name}": ${a.mentions.map((m) => `${m.text}/${m.kind}`).join(', ')}`
}
