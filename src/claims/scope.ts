import type { Actor, Casualty, ClaimFrame, Event, Statement, TimeRef, Timex } from '../model/annotations.js'

/** One document's layers, as claims are read from them (an extraction or an annotated doc). */
export interface ClaimDoc {
  readonly docId: string
  readonly published: string | null
  readonly outlet?: string
  readonly url?: string
  readonly title?: string
  readonly text: string
  /** The document's language: which words read presence ('es' Spanish, else English). */
  readonly language?: string
  readonly actors: readonly Actor[]
  readonly statements: readonly Statement[]
  readonly casualties: readonly Casualty[]
  readonly events: readonly Event[]
  /** When given, a date inside a statement's content is the period its claim speaks about. */
  readonly timexes?: readonly Timex[]
  /** The frames of the `claims` layer; read again from the statements when the document was stored without them. */
  readonly claims?: readonly ClaimFrame[]
}

/** How a document's local ids become the ids claims are compared under (global in the ledger). */
export interface ClaimScope {
  actor(localId: string): string
  event(localId: string): string
  /** The body an actor speaks for at a time: its role's government for a person, else itself. */
  bodyOf(actorId: string, at: TimeRef): string
  /** The key of one of this document's items. */
  key(itemId: string): string
  /** A readable label for an event, used in proposition texts. */
  eventLabel(eventId: string): string
  /** What other documents know of an event (its place, its date) when this one does not say. */
  eventFacts?(eventId: string): { readonly date?: string; readonly location?: string } | undefined
}

/** A scope inside one document: ids stay local, people and state organs speak for their `memberOf`. */
export function localScope(doc: ClaimDoc): ClaimScope {
  const actors = new Map(doc.actors.map((a) => [a.id, a]))
  const events = new Map(doc.events.map((e) => [e.id, e]))
  return {
    actor: (id) => id,
    event: (id) => id,
    // A ministry's spokesman speaks for the ministry's government, as the minister does.
    bodyOf: (id) => { const body = speaksFor(actors.get(id), id); return body === id ? body : speaksFor(actors.get(body), body) },
    key: (id) => id,
    eventLabel: (id) => events.get(id)?.summary ?? id,
  }
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
