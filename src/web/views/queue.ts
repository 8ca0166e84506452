import { ApiError, get } from '../api.js'
import { empty, fill, h, section } from '../dom.js'

interface QueueStatus {
  counts: { waiting: number; retrying: number; active: number; done: number; parked: number }
  rates: { lastMinute: number; lastHour: number }
  parked: { id: string; origin: string | null; error: string; at: string }[]
}

/** The ingest job queue as `claimtrail queue status` shows it; the embedded store has none (the API answers `unsupported`). */
export async function queueView(el: HTMLElement): Promise<void> {
  let q: QueueStatus
  try {
    q = await get<QueueStatus>('/queue')
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 'unsupported')) throw e
    return fill(el, h('h1', {}, 'Job queue'), empty('This store has no job queue: claimtrail worker processes need a PostgreSQL store (--db postgres://…).'))
  }
  const { counts, rates } = q
  fill(el, h('h1', {}, 'Job queue'),
    h('p', { class: 'intro' }, 'Documents put on the queue by claimtrail queue add, taken by claimtrail worker processes on any machines.'),
    h('p', { class: 'queue-counts' },
      `${counts.waiting} waiting · ${counts.retrying} retrying · ${counts.active} active · ${counts.done} done · ${counts.parked} parked`),
    h('p', {}, `${rates.lastMinute} documents in the last minute, ${rates.lastHour} in the last hour.`),
    section('Parked jobs', q.parked.length ? h('ul', { class: 'parked' }, q.parked.map((p) => h('li', {},
      h('time', { datetime: p.at }, p.at.slice(0, 16).replace('T', ' ')), ' ', p.origin ?? p.id, ': ', h('span', { class: 'warning' }, p.error))))
      : empty('No job has failed its last try.')))
}
