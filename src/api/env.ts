import type { Db } from '../ledger/db.js'
import type { Limits } from '../limits.js'
import type { Freshness } from '../ledger/freshness.js'
import type { LedgerMaintainer } from '../ledger/maintainer.js'
import type { TokenInfo } from '../ledger/tokens.js'

/** What every handler can read from the context: the store, who is asking, and how fresh the ledger is. */
export interface AppEnv {
  Variables: {
    store: Db
    user: TokenInfo | undefined
    maintainer: LedgerMaintainer
    /** What one imported document may cost. */
    limits: Limits
    freshness: Freshness
    /** Set by a handler that changed documents or reviews: the ledger is behind from now on. */
    wrote: boolean
  }
}
