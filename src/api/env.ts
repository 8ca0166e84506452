import type { Db } from '../ledger/db.js'
import type { Limits } from '../limits.js'
import type { Extractor } from '../ledger/import.js'
import type { Reader } from '../ingest/read.js'
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
    /** Extracts an imported or edited document (off the event loop under `claimtrail serve`). */
    extract: Extractor
    /** Reads a posted body (off the event loop under `claimtrail serve`). */
    read: Reader
    freshness: Freshness
    /** Set by a handler that changed documents or reviews: the ledger is behind from now on. */
    wrote: boolean
  }
}
