import type { Db } from '../ledger/db.js'
import { getActor, getEvent } from '../ledger/analyses.js'
import type { LedgerActor, LedgerEvent } from '../model/ledger.js'

export type EventHead = Pick<LedgerEvent, 'id' | 'kind' | 'summary' | 'date' | 'location'>
export type ActorHead = Pick<LedgerActor, 'id' | 'name' | 'country'>

/**
 * Actors and events a ledger-wide export names, each read once per export: the same few come back
 * row after row. Each keeps its head only (not its mentions or documents), so the cache stays small.
 */
export interface Lookups {
  readonly actor: (id: string) => Promise<ActorHead | undefined>
  readonly name: (id: string | undefined) => Promise<string | undefined>
  readonly event: (id: string | undefined) => Promise<EventHead | undefined>
}

function memo<T>(read: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>()
  return (id) => {
    let found = seen.get(id)
    if (!found) seen.set(id, (found = read(id)))
    return found
  }
}

const eventHead = ({ id, kind, summary, date, location }: LedgerEvent): EventHead => ({ id, kind, summary, date, location })
const actorHead = ({ id, name, country }: LedgerActor): ActorHead => ({ id, name, country })

export function lookups(store: Db): Lookups {
  const actor = memo(async (id) => {
    const a = await getActor(store, id)
    return a && actorHead(a)
  })
  const event = memo(async (id) => {
    const e = await getEvent(store, id)
    return e && eventHead(e)
  })
  return {
    actor,
    name: async (id) => (id ? (await actor(id))?.name ?? id : undefined),
    event: async (id) => (id ? event(id) : undefined),
  }
}
