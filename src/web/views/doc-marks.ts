import { h } from '../dom.js'
import { formatTime } from '../format.js'
import type { Extraction, Span } from '../types.js'

export type Kind = 'statement' | 'timex' | 'casualty' | 'event' | 'actor'
/** The part of an item a span stands for; each has its own highlight style. */
export type Role = 'speaker' | 'cue' | 'content' | 'date' | 'casualty' | 'event' | 'actor'

export interface Item {
  readonly kind: Kind
  readonly id: string
  readonly label: string
  readonly spans: readonly { span: Span; role: Role }[]
  readonly fields: readonly [string, string][]
  readonly data: { review?: { status: string; by: string } }
}

export const ROLE_LABEL: Record<Role, string> = {
  speaker: 'Speaker', cue: 'Reporting cue', content: 'Statement content', date: 'Date', casualty: 'Casualty figure', event: 'Event mention', actor: 'Actor mention',
}

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** Every extracted item of a document, with the spans to highlight and its fields as people read them. */
export function itemsOf(x: Extraction): Item[] {
  const name = new Map(x.actors.map((a) => [a.id, a.name]))
  const who = (ids: readonly string[] | undefined) => (ids?.length ? ids.map((id) => name.get(id) ?? id).join(' & ') : '—')
  // An unresolved speaker is still shown by the words that name it.
  const speaker = (s: Extraction['statements'][number]) => (s.speakers.length ? who(s.speakers) : s.speakerSpan ? `“${s.speakerSpan.text}” (unresolved)` : '—')
  const opt = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : String(v))
  return [
    ...x.statements.map((s): Item => ({
      kind: 'statement', id: s.id, data: s, label: `${speaker(s)}: “${clip(s.content.text)}”`,
      spans: [...(s.speakerSpan ? [{ span: s.speakerSpan, role: 'speaker' as const }] : []), { span: s.cue, role: 'cue' }, { span: s.content, role: 'content' }],
      fields: [['Speaker', speaker(s)], ['Cue', s.cue.text], ['Content', s.content.text], ['Mode', s.mode], ['Polarity', s.polarity],
        ['Hedged', s.hedged ? 'yes' : 'no'], ['Time', formatTime(s.time)], ['Source type', opt(s.sourceType)], ['Via', who(s.via)], ['Rule', s.rule]],
    })),
    ...x.timex.map((t): Item => ({
      kind: 'timex', id: t.id, data: t, label: `${t.span.text} → ${t.value}`, spans: [{ span: t.span, role: 'date' }],
      fields: [['Text', t.span.text], ['Type', t.type], ['Value', t.value], ['Mod', opt(t.mod)], ['Rule', t.rule]],
    })),
    ...x.casualties.map((c): Item => ({
      kind: 'casualty', id: c.id, data: c, label: `${c.count ?? c.vague ?? '?'} ${c.group} ${c.status}`, spans: [{ span: c.span, role: 'casualty' }],
      fields: [['Count', opt(c.count)], ['Vague', opt(c.vague)], ['Low–high', c.low !== undefined || c.high !== undefined ? `${opt(c.low)}–${opt(c.high)}` : '—'],
        ['Group', c.group], ['Country', opt(c.country)], ['Role', opt(c.role)], ['Status', c.status], ['Reported by', who(c.reportedBy ? [c.reportedBy] : [])],
        ['Reported on', formatTime(c.reportedOn)], ['Event', opt(c.event)], ['Rule', c.rule]],
    })),
    ...x.events.map((e): Item => ({
      kind: 'event', id: e.id, data: e, label: `${e.kind}: ${clip(e.summary)}`, spans: e.mentions.map((span) => ({ span, role: 'event' as const })),
      fields: [['Kind', e.kind], ['Summary', e.summary], ['Date', opt(e.date)], ['Location', opt(e.location)], ['Actors', who(e.actors)], ['Targets', who(e.targets)], ['Rule', e.rule]],
    })),
    ...x.actors.map((a): Item => ({
      kind: 'actor', id: a.id, data: a, label: `${a.name} (${a.type})`, spans: a.mentions.map((span) => ({ span, role: 'actor' as const })),
      fields: [['Name', a.name], ['Type', a.type], ['Country', opt(a.country)], ['Member of', opt(a.memberOf && (name.get(a.memberOf) ?? a.memberOf))], ['Role', opt(a.role)], ['Mentions', String(a.mentions.length)]],
    })),
  ]
}

export interface Mark { readonly item: Item; readonly role: Role; readonly length: number }

/**
 * The article as text nodes and highlight spans. The text is cut at every span boundary, so nested and
 * overlapping items all show; each piece knows the marks covering it, innermost (shortest) first.
 * Text is only ever set as text: nothing in the article can become markup.
 */
export function markedText(text: string, items: readonly Item[], pieces: Map<Element, Mark[]>): DocumentFragment {
  const cuts = new Set([0, text.length])
  const marks: { start: number; end: number; mark: Mark }[] = []
  for (const item of items) for (const { span, role } of item.spans) {
    if (span.end <= span.start || span.end > text.length) continue
    cuts.add(span.start).add(span.end)
    marks.push({ start: span.start, end: span.end, mark: { item, role, length: span.end - span.start } })
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out = document.createDocumentFragment()
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!]
    const covering = marks.filter((m) => m.start <= a && b <= m.end).map((m) => m.mark).sort((p, q) => p.length - q.length)
    if (covering.length === 0) { out.append(text.slice(a, b)); continue }
    const el = h('span', { class: ['m', ...new Set(covering.map((m) => `m-${m.role}`))].join(' ') }, text.slice(a, b))
    pieces.set(el, covering)
    out.append(el)
  }
  return out
}
