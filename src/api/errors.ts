import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ZodError } from 'zod'
import { ClaimtrailError, isClaimtrailError, type ErrorCode } from '../errors.js'

/** One status per error code: the only place the API decides what an error means over HTTP. */
export const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500 | 502> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported: 415,
  empty: 422,
  config: 500,
  stage_failed: 500,
  fetch_failed: 502,
  too_large: 413,
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string }
}

const body = (code: string, message: string): ErrorBody => ({ error: { code, message } })

/** Validation failures name the field, what is wrong with it and the value sent, in one line. */
export function validationError(error: ZodError, input?: unknown): ClaimtrailError {
  const first = error.issues[0]
  const where = first?.path.length ? `${first.path.join('.')}: ` : ''
  const value = first?.path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined), input)
  const got = value === undefined || value === '' || (typeof value === 'object' && value !== null) ? '' : `, got ${shown(value)}`
  return new ClaimtrailError('bad_input', `${where}${first?.message ?? 'invalid input'}${got}`)
}

const shown = (v: unknown) => (typeof v === 'string' ? `"${v.length > 80 ? `${v.slice(0, 77)}...` : v}"` : JSON.stringify(v))

/** The zod-openapi hook: a request that fails its schema becomes a bad_input error, handled below. */
export function validationHook(result: { success: boolean; error?: ZodError; data?: unknown }): void {
  if (!result.success && result.error) throw validationError(result.error, result.data)
}

/**
 * The single onError: ClaimtrailError codes map through STATUS, Hono's own exceptions (body too
 * large, unsupported media type) keep their status, anything else is a 500 whose detail stays in the log.
 */
export function onError(err: Error, c: Context): Response {
  if (isClaimtrailError(err)) return c.json(body(err.code, err.message), STATUS[err.code])
  if (err instanceof HTTPException) {
    if (err.status === 415) {
      const type = c.req.header('content-type') ?? 'none'
      return c.json(body('unsupported', `a body of type "${type}" is not accepted here (see /openapi.json for what each route reads)`), 415)
    }
    return c.json(body(err.status === 401 ? 'unauthorized' : 'bad_input', err.message || 'bad request'), err.status)
  }
  console.error(err)
  return c.json(body('internal', 'unexpected server error; see the server log'), 500)
}

export function notFound(c: Context): Response {
  return c.json(body('not_found', `no route ${c.req.method} ${c.req.path}`), 404)
}
