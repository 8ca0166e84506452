import type { TimeRef } from '../model/annotations.js'
import type { Extraction } from '../model/extraction.js'
import { clip } from './print.js'

export function formatTime(t: TimeRef | undefined): string {
  if (!t) return 'undated'
  if (t.value) return t.value
  if (t.after && t.before) return `${t.after}..${t.before}`
  if (t.after) return `after ${t.after}`
  if (t.before) return `before ${t.before}`
  return 'undated'
}

/** A reading of one extraction for people: one line an item, grouped by kind. */
export function describeExtraction(x: Extraction): string {
  const names = new Map(x.actors.map((a) => [a.id, a.name]))
  const who = (ids: readonly string[] | undefined) => (ids && ids.length ? ids.map((id) => names.get(id) ?? id).join(' & ') : 'unattributed')
  const lines: string[] = []
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return
    lines.push(`${title} (${items.length})`, ...items.map((i) => `  ${i}`), '')
  }
  section('Statements', x.statements.map((s) =>
    `${who(s.speakers)} —${s.cue.text}→ "${clip(s.content.text, 70)}" · ${s.polarity}${s.hedged ? ', hedged' : ''} · ${s.mode} · ${formatTime(s.time)}`))
  section('Casualty figures', x.casualties.map((c) =>
    `${c.count ?? c.vague ?? '?'} ${c.group} ${c.status}${c.country ? ` [${c.country}]` : ''} · reported by ${who(c.reportedBy ? [c.reportedBy] : [])} · ${formatTime(c.reportedOn)}`))
  section('Events', x.events.map((e) => `${e.kind}: ${clip(e.summary, 60)} · ${e.date ?? 'undated'}${e.location ? ` · ${e.location}` : ''}`))
  section('Contradictions', x.contradictions.map((c) => `${c.kind}${c.actor ? ` by ${who([c.actor])}` : ''}: ${c.why}`))
  section('Dates', x.timex.map((t) => `"${t.span.text}" ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`))
  section('Actors', x.actors.map((a) => `${a.name} (${a.type}${a.country ? `, ${a.country}` : ''}) ×${a.mentions.length}`))
  return lines.length ? lines.join('\n').trimEnd() : 'Nothing extracted.'
}
