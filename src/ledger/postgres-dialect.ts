import pg from 'pg'
import { PostgresDialect } from 'kysely'

/** Named statements kept per connection; past this, queries run unnamed (parsed each time). */
const NAMED_PER_CONNECTION = 500

/**
 * A client that prepares each parameterized SQL text once per connection and reuses it by name, where
 * Kysely would send it to be parsed and planned again on every call.
 */
class PreparingClient extends pg.Client {
  readonly #names = new Map<string, string>()

  override query(...args: unknown[]): never {
    const [text, values, callback] = args
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      let name = this.#names.get(text)
      if (!name && this.#names.size < NAMED_PER_CONNECTION) this.#names.set(text, (name = `ct${this.#names.size}`))
      if (name) return (super.query as (...a: unknown[]) => never)({ name, text, values }, callback)
    }
    return (super.query as (...a: unknown[]) => never)(...args)
  }
}

export function postgresDialect(url: string, max = 10): PostgresDialect {
  // Read pg's int8 as numbers: our counts and sequence numbers stay far below 2^53.
  pg.types.setTypeParser(20, (v) => Number(v))
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max, Client: PreparingClient }) })
}
