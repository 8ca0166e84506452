import { createHash } from 'node:crypto'

/** A short id that stays the same across refreshes for the same parts: `rev-3f2a9c01d4`. */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 10)}`
}
