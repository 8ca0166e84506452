import { ClaimtrailError } from '../errors.js'

/** The schema the job tables live in, beside the store's tables in the same database. */
export const QUEUE_SCHEMA = 'claimtrail_queue'
/** One job per document to extract and store. */
export const DOCUMENT_QUEUE = 'claimtrail-documents'

/** The embedded store has no queue: one process writes it, so there is nothing to share out. */
export const needsPostgres = () =>
  new ClaimtrailError('unsupported', 'the job queue needs a PostgreSQL store: pass --db postgres://… (or set DATABASE_URL)')
