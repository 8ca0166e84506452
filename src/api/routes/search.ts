import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { searchDocuments } from '../../ledger/search.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { listActors, listEvents } from '../../ledger/analyses.js'
import { errorResponses, modelOf, SearchQuery } from '../schemas.js'

const search = createRoute({
  method: 'get', path: '/search', tags: ['search'],
  summary: 'Search across everything: documents by full text (each engine’s own index), actors and events by name',
  request: { query: SearchQuery },
  responses: { 200: { description: 'Matches by kind', content: { 'application/json': { schema: z.object({ documents: z.array(modelOf('SearchHit')), actors: z.array(modelOf('LedgerActor')), events: z.array(modelOf('EventSummary')) }) } } }, ...errorResponses },
})

export function searchRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openapi(search, async (c) => {
    const { q, limit } = c.req.valid('query')
    const [documents, actors, events] = await Promise.all([
      searchDocuments(c.var.store, q, limit),
      listActors(c.var.store, { q, limit }),
      listEvents(c.var.store, { q, limit }),
    ])
    return c.json({ documents, actors, events } as never, 200)
  })
  return app
}
