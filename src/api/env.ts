import type { Db } from '../ledger/db.js'
import type { TokenInfo } from '../ledger/tokens.js'

/** What every handler can read from the context: the store, and who is asking (when a token was sent). */
export interface AppEnv {
  Variables: {
    store: Db
    user: TokenInfo | undefined
  }
}
