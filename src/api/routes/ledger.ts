import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { ClaimtrailError } from '../../errors.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import * as ledger from '../../ledger/analyses.js'
import type { Db } from '../../ledger/db.js'
import {
  ActorFilter, ActorQuery, DisagreementModel, errorResponses, EventQuery, IdParam, modelOf, pageOf, paged, ReversalModel, StatementQuery, TallyQuery, TimelineQuery,
} from '../schemas.js'
import { listStatements } from '../statement-query.js'

const ok = (schema: z.ZodType, description: string) => ({ 200: { description, content: { 'application/json': { schema } } }, ...errorResponses })
const listing = <P extends string, Q extends z.ZodObject>(path: P, query: Q, summary: string, item: string | z.ZodType) =>
  createRoute({ method: 'get', path, tags: ['ledger'], summary, request: { query }, responses: ok(pageOf(typeof item === 'string' ? modelOf(item) : item), summary) })
const single = <P extends string>(path: P, summary: string, item: string) =>
  createRoute({ method: 'get', path, tags: ['ledger'], summary, request: { params: IdParam }, responses: ok(modelOf(item), summary) })

const found = <T>(item: T | undefined, what: string, id: string): T => {
  if (!item) throw new ClaimtrailError('not_found', `no ${what} "${id}" in the ledger`)
  return item
}

/** Statements, actors, events, casualty tallies, reversals, disagreements and the timeline. */
export function ledgerRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })

  app.openapi(listing('/statements', StatementQuery, 'Attributed statements across documents, by the time they speak of', 'Statement with docId, published, outlet, title, speakerNames'), async (c) => {
    const { event, ...q } = c.req.valid('query')
    const docIds = event ? [...new Set(found(await ledger.getEvent(c.var.store, event), 'event', event).members.map((m) => m.split('/')[0]!))] : undefined
    return c.json(await paged(q, (limit, offset) => listStatements(c.var.store, { ...q, ...(docIds ? { docIds } : {}), limit, offset })), 200)
  })
  // Ledger-wide listings: each is one analysis function called with the validated filters and the page.
  const analysis = <P extends string, Q extends z.ZodObject>(path: P, query: Q, summary: string, item: string | z.ZodType,
    fetch: (store: Db, q: z.output<Q> & { limit: number; offset: number }) => Promise<readonly unknown[]>) =>
    app.openapi(listing(path, query, summary, item), async (c) => {
      const q = c.req.valid('query' as never) as z.output<Q> & { limit: number; offset: number }
      // The page says how fresh the ledger it comes from is: a stale one is served, never recomputed here.
      return c.json({ ...(await paged(q, (limit, offset) => fetch(c.var.store, { ...q, limit, offset }))), ledger: c.var.freshness } as never, 200)
    })
  analysis('/actors', ActorQuery, 'Actors merged across documents, summarised: documentCount, not the documents (GET /api/actors/{id} lists them)', 'ActorSummary', ledger.listActors)
  analysis('/events', EventQuery, 'Events merged across documents, summarised: mentionCount and documentCount, not the mentions (GET /api/events/{id} lists them)', 'EventSummary', ledger.listEvents)
  analysis('/casualties', TallyQuery, 'Casualty tallies per event, group and status: every source side by side, low/best/high', 'CasualtyTally', ledger.listTallies)
  analysis('/reversals', ActorFilter, 'An actor contradicting its own earlier claim: scored, with its rules; `possible` ones for review', ReversalModel, ledger.listReversals)
  analysis('/disagreements', ActorFilter, 'Actors contradicting each other on one proposition: scored, with its rules; `possible` ones for review', DisagreementModel, ledger.listDisagreements)
  analysis('/timeline', TimelineQuery, 'Who said what, when: ordered by the time spoken of', 'TimelineEntry', ledger.listTimeline)
  app.openapi(single('/actors/{id}', 'One actor, with roles, aliases and documents', 'LedgerActor'), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(found(await ledger.getActor(c.var.store, id), 'actor', id), 200)
  })
  app.openapi(single('/events/{id}', 'One event with every mention as evidence', 'LedgerEvent'), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(found(await ledger.getEvent(c.var.store, id), 'event', id), 200)
  })
  return app
}
