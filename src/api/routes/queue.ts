import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { queueStatus } from '../../queue/status.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { errorResponses } from '../schemas.js'

const count = z.number().int()
const QueueStatus = z.object({
  counts: z.object({ waiting: count, retrying: count, active: count, done: count, parked: count }),
  rates: z.object({ lastMinute: count, lastHour: count }).openapi({ description: 'Documents finished in the last minute and hour' }),
  parked: z.array(z.object({ id: z.string(), origin: z.string().nullable(), error: z.string(), at: z.string() }))
    .openapi({ description: 'Jobs that failed their last try, newest first (at most 50), each with its error' }),
})

const status = createRoute({
  method: 'get', path: '/queue', tags: ['queue'],
  summary: 'The ingest job queue (`claimtrail queue status`): jobs by state, documents per minute and hour, parked jobs with their errors; PostgreSQL stores only (415 on SQLite)',
  responses: { 200: { description: 'The queue', content: { 'application/json': { schema: QueueStatus } } }, ...errorResponses },
})

export function queueRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openapi(status, async (c) => {
    const s = await queueStatus(c.var.store)
    return c.json({ ...s, parked: [...s.parked] }, 200)
  })
  return app
}
