import { ApiError, get } from '../api.js'
import { h, section } from '../dom.js'

interface QueueStatus {
  counts: { waiting: number; retrying: number; active: number; done: number; parked: number }
  rates: { lastMinute: number; lastHour: number }
  parked: { id: string; origin: string | null; error: string; at: string }[]
}

/**
 * The ingest job queue as `claimtrail queue status` shows it, for a PostgreSQL store; null for the
 * embedded store, which has no queue (the API answers `unsupported`).
 */
export async function queuePanel(): Promise<HTMLElement | null> {
  let q: QueueStatus
  try {
    q = await get<QueueStatus>('/queue')
  } catch (e) {
    if (e instanceof ApiError && e.code === 'unsupported') return null
    throw e
  }
  const { counts, rates } = q
  return section('Job queue',
    h('p', { class: 'queue-counts' },
      `${counts.waiting} waiting · ${counts.retrying} retrying · ${counts.active} active · ${counts.done} done · ${counts.parked} parked`),
    h('p', {}, `${rates.lastMinute} documents in the last minute, ${rates.lastHour} in the last hour (claimtrail worker processes).`),
    q.parked.length ? h('ul', { class: 'parked' }, q.parked.map((p) => h('li', {},
      h('time', { datetime: p.at }, p.at.slice(0, 16).replace('T', ' ')), ' ', p.origin ?? p.id, ': ', h('span', { class: 'warning' }, p.error)))) : null)
}
