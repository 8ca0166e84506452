import type { Event } from '../../model/annotations.js'

/** One line per event, for tests and the CLI: kind, date, place, agents → targets, mentions. */
export function renderEvent(e: Event): string {
  const when = e.date ? ` @${e.date}` : ''
  const where = e.location ? ` in ${e.location}` : ''
  const who = `${e.actors.join(',') || '?'}${e.targets?.length ? ` → ${e.targets.join(',')}` : ''}`
  return `${e.id} ${e.kind}${when}${where} · ${who} · ${e.mentions.map((m) => `"${m.text}"`).join(' | ')}`
}
