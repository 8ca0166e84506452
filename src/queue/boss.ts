import PgBoss from 'pg-boss'
import type { Config } from '../config.js'
import { ClaimtrailError } from '../errors.js'
import { DOCUMENT_QUEUE, needsPostgres, QUEUE_SCHEMA } from './names.js'

/**
 * How often a live process looks for jobs whose worker vanished (kill -9, a lost machine): pg-boss
 * gives such a job to another worker once it has been active longer than its timeout.
 */
const MAINTENANCE_SECONDS = 5

/** The database URL of a queue command. */
export function queueUrl(config: Config): string {
  if (!config.databaseUrl) throw needsPostgres()
  return config.databaseUrl
}

/** Starts pg-boss on the store's database (creating its schema and the document queue once). */
export async function openQueue(url: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url, schema: QUEUE_SCHEMA, max: 2, application_name: 'claimtrail-queue',
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS, schedule: false,
  })
  // pg-boss reports its background failures (a dropped connection) as events; the next call fails too.
  boss.on('error', () => {})
  try {
    await boss.start()
    // Does nothing when the queue is there (ON CONFLICT DO NOTHING), so workers may start in any order.
    await boss.createQueue(DOCUMENT_QUEUE, { name: DOCUMENT_QUEUE, policy: 'standard' })
  } catch (cause) {
    await boss.stop({ graceful: false }).catch(() => {})
    throw new ClaimtrailError('config', `cannot open the job queue: ${(cause as Error).message}`, { cause })
  }
  return boss
}
