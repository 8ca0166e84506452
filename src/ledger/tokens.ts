import { createHash, randomBytes } from 'node:crypto'
import type { Generated } from 'kysely'
import { ClaimtrailError } from '../errors.js'
import type { Db } from './db.js'

/** What a token may do: readers read, editors also import and review, admins also merge and manage. */
export type Role = 'reader' | 'editor' | 'admin'
export const ROLES: readonly Role[] = ['reader', 'editor', 'admin']

export interface TokensTable {
  seq: Generated<number>
  /** Public handle, shown in listings and used to revoke; not a secret. */
  id: string
  /** sha256 (hex) of the secret: the secret itself is printed once and never stored. */
  hash: string
  name: string
  role: string
  created_at: string
  revoked_at: string | null
}

export interface TokenInfo {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly createdAt: string
  readonly revokedAt: string | null
}

/** The tokens table is this module's own, so the shared schema type is widened here only. */
const tokensDb = (store: Db) => store.db.withTables<{ tokens: TokensTable }>()

export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex')

/** Roles are ordered: a role may do everything a lower one may. */
export const roleAllows = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed)

function infoOf(r: { id: string; name: string; role: string; created_at: string; revoked_at: string | null }): TokenInfo {
  return { id: r.id, name: r.name, role: r.role as Role, createdAt: r.created_at, revokedAt: r.revoked_at }
}

/** Creates a token and returns its secret: the only time it is ever visible. */
export async function createToken(store: Db, role: Role, name?: string): Promise<{ token: TokenInfo; secret: string }> {
  if (!ROLES.includes(role)) throw new ClaimtrailError('bad_input', `role must be one of ${ROLES.join(', ')} (got "${role}")`)
  const id = `t${randomBytes(4).toString('hex')}`
  // The id is a prefix of the secret so a person can tell which token a secret is; 32 random bytes follow.
  const secret = `ct_${id}_${randomBytes(32).toString('base64url')}`
  const row = { id, hash: hashSecret(secret), name: name?.trim() || `${role} token`, role, created_at: new Date().toISOString(), revoked_at: null }
  await tokensDb(store).insertInto('tokens').values(row).execute()
  return { token: infoOf(row), secret }
}

export async function listTokens(store: Db): Promise<TokenInfo[]> {
  const rows = await tokensDb(store).selectFrom('tokens').selectAll().orderBy('seq').execute()
  return rows.map(infoOf)
}

export async function revokeToken(store: Db, id: string): Promise<TokenInfo> {
  const now = new Date().toISOString()
  const res = await tokensDb(store).updateTable('tokens').set({ revoked_at: now })
    .where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
  if (Number(res.numUpdatedRows) === 0) {
    const known = (await listTokens(store)).find((t) => t.id === id)
    throw new ClaimtrailError(known ? 'conflict' : 'not_found', known ? `token ${id} is already revoked` : `no token "${id}" (see: claimtrail token list)`)
  }
  return (await listTokens(store)).find((t) => t.id === id)!
}

/** The live token a secret belongs to, or undefined: lookup is by hash, so timing reveals nothing of the secret. */
export async function verifyToken(store: Db, secret: string): Promise<TokenInfo | undefined> {
  const row = await tokensDb(store).selectFrom('tokens').selectAll()
    .where('hash', '=', hashSecret(secret)).where('revoked_at', 'is', null).executeTakeFirst()
  return row && infoOf(row)
}
