import type { MiddlewareHandler } from 'hono'
import { ClaimtrailError } from '../errors.js'
import { roleAllows, verifyToken, type Role } from '../ledger/tokens.js'
import type { AppEnv } from './env.js'

export interface AuthOptions {
  /** Let requests without a token read (never write). Off by default: the operator opts in. */
  readonly allowAnonymousRead: boolean
}

const BEARER = /^Bearer\s+(\S+)\s*$/i

/**
 * Finds who is asking. A token that is sent must be valid, even on a read: a typo should fail loudly
 * rather than fall back to anonymous access. Reads need a token unless the operator allows anonymous reads.
 */
export function identify(options: AuthOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    if (header) {
      const secret = BEARER.exec(header)?.[1]
      if (!secret) throw new ClaimtrailError('unauthorized', 'the Authorization header must be "Bearer <token>"')
      const user = await verifyToken(c.var.store, secret)
      if (!user) throw new ClaimtrailError('unauthorized', 'unknown or revoked token')
      c.set('user', user)
    } else {
      c.set('user', undefined)
      if (!options.allowAnonymousRead) throw new ClaimtrailError('unauthorized', 'a bearer token is needed (create one with: claimtrail token create)')
    }
    await next()
  }
}

/** Guards a write: no token is 401, a token whose role is too low is 403. */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.var.user
    if (!user) throw new ClaimtrailError('unauthorized', `this needs a bearer token with the ${role} role`)
    if (!roleAllows(user.role, role)) throw new ClaimtrailError('forbidden', `this needs the ${role} role; token ${user.id} is ${user.role}`)
    await next()
  }
}
