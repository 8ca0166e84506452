import type { Casualty } from '../../model/annotations.js'

/** One line per figure, for tests and the CLI: span, count, group (country/role), status, links. */
export function renderCasualty(c: Casualty): string {
  const bounds = c.low !== undefined || c.high !== undefined ? ` [${c.low ?? ''}..${c.high ?? ''}]` : ''
  const count = c.count === null ? (c.vague ?? '?') : String(c.count)
  const tags = [c.country, c.role].filter(Boolean).join('/')
  const by = c.reportedBy ? ` · by ${c.reportedBy}` : ''
  const ev = c.event ? ` · ${c.event}` : ''
  return `"${c.span.text}" · ${count}${bounds} ${c.group}${tags ? ` (${tags})` : ''} ${c.status}${by}${ev}`
}
