import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { COUNTRY_CODE } from '../../model/country-code.js'
import { bindPlace, listPlaces, unbindPlace } from '../../ledger/place-bindings.js'
import type { AuditEntry } from '../../ledger/audit.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { validationHook } from '../errors.js'
import { afterWrite } from '../ledger.js'
import { errorResponses, modelOf } from '../schemas.js'

const learnedCode = z.string().trim().toUpperCase().max(60)
  .refine((c) => c.startsWith('X-') && COUNTRY_CODE.test(c), 'expected a learned country code such as X-VALDORIA')
  .openapi({ example: 'X-VALDORIA' })

const BindBody = z.object({
  code: learnedCode,
  to: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'expected a two-letter code such as XK').openapi({ example: 'XV' }),
  share: z.boolean().optional().openapi({ description: 'allow it when another learned code is bound to the same code: both are then one country' }),
  note: z.string().max(2000).optional(),
}).openapi('PlaceBind')

const UnbindBody = z.object({ code: learnedCode, note: z.string().max(2000).optional() }).openapi('PlaceUnbind')

const PlaceModel = z.object({
  code: z.string(), name: z.string().nullable(), demonym: z.string().optional(), capitals: z.array(z.string()),
  boundTo: z.string().nullable(), boundBy: z.string().optional(), boundAt: z.string().optional(),
}).openapi('LearnedPlace')

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const responses = { ...errorResponses, 409: { description: 'Already bound, or the code stands for another learned country', content: errorResponses[400].content } }

const list = createRoute({
  method: 'get', path: '/places', tags: ['review'],
  summary: 'Countries learned from the articles (X-… codes), each with the real code it is bound to, if any',
  responses: { 200: json(z.object({ items: z.array(PlaceModel) }), 'The learned countries'), ...errorResponses },
})

const write = <T extends z.ZodType>(path: string, summary: string, schema: T) => createRoute({
  method: 'post', path, tags: ['review'], middleware: [requireRole('editor')] as const, summary,
  request: { body: { required: true, content: { 'application/json': { schema } } } },
  responses: { 201: json(modelOf('AuditEntry'), 'The audit entry'), ...responses },
})

const bind = write('/places/bind', 'Bind a learned country code to a real one (a code the country data knows, or a user-assigned one: AA, QM–QZ, XA–XZ, ZZ); the ledger reads it as that country', BindBody)
const unbind = write('/places/unbind', 'Undo a binding: the learned code is read as itself again', UnbindBody)

/** Learned countries and their bindings; a binding is recorded under the token's name. */
export function placeRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  const audited = (c: Context<AppEnv>, entry: Promise<AuditEntry>) => entry.then((e) => {
    afterWrite(c)
    return c.json(e as never, 201)
  })
  app.openapi(list, async (c) => c.json({ items: await listPlaces(c.var.store) } as never, 200))
  app.openapi(bind, (c) => audited(c, bindPlace(c.var.store, { ...c.req.valid('json'), reviewer: c.var.user!.name })))
  app.openapi(unbind, (c) => audited(c, unbindPlace(c.var.store, { ...c.req.valid('json'), reviewer: c.var.user!.name })))
  return app
}
