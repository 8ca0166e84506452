import type { Actor, Event, Statement } from '../model/annotations.js'
import type { Proposition } from '../model/ledger.js'
import { RESPONSIBILITY_PHRASES } from '../lexicon/en/propositions.js'
import { contains } from '../model/span.js'
import { responsibility } from './propositions.js'
import type { ClaimScope } from './scope.js'

export const RESPONSIBILITY_SCAN = new RegExp(`\\b(?:${RESPONSIBILITY_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi')

/**
 * Reads responsibility(actor, event) from a statement's content: "<actor> carried out / was behind /
 * launched <event>", with the actor named in the content before the phrase and a mention of the event
 * after it. Returns builders, since ids become global only in the ledger's scope.
 */
export function readResponsibility(
  doc: { readonly actors: readonly Actor[]; readonly events: readonly Event[] }, s: Statement,
): ((scope: ClaimScope) => Proposition)[] {
  const content = s.content
  const out: ((scope: ClaimScope) => Proposition)[] = []
  for (const m of content.text.matchAll(RESPONSIBILITY_SCAN)) {
    const at = content.start + m.index
    const after = at + m[0].length
    const event = doc.events.find((e) => e.mentions.some((x) => contains(content, x) && x.start >= after))
    const agent = lastActorBefore(doc.actors, content.start, at)
    if (!event || !agent) continue
    out.push((scope) => {
      const actor = scope.actor(agent.id)
      const id = scope.event(event.id)
      return responsibility(actor, agent.name, id, scope.eventLabel(id))
    })
  }
  return out
}

/** The actor named last between `from` and `to` (the subject nearest the phrase). */
function lastActorBefore(actors: readonly Actor[], from: number, to: number): Actor | undefined {
  let best: { actor: Actor; at: number } | undefined
  for (const a of actors) {
    for (const m of a.mentions) {
      if (m.start >= from && m.end <= to && (!best || m.start > best.at)) best = { actor: a, at: m.start }
    }
  }
  return best?.actor
}
