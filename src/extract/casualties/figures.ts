import type { CasualtyStatus, Sentence, Timex } from '../../model/annotations.js'
import { spanAt, type Span } from '../../model/span.js'
import type { ActorIndex } from '../events/actors.js'
import type { TokenText } from '../events/token-text.js'
import { readGroup, type Group } from './group.js'
import { readQuantity, type Quantity } from './quantity.js'
import { readActiveStatus, readStatus } from './status.js'

/** A casualty figure before it is tied to a statement and an event. */
export interface Figure {
  readonly span: Span
  readonly quantity: Quantity
  readonly group: string
  readonly country?: string
  readonly role?: string
  readonly status: CasualtyStatus
  readonly rule: string
}

export interface FigureContext {
  readonly tt: TokenText
  readonly actors: ActorIndex
  /** Every timex: numbers inside a date or duration ("12 May", "two days") are not counts. */
  readonly timexes: readonly Timex[]
}

function inTimex(ctx: FigureContext, token: number): boolean {
  const t = ctx.tt.tokens[token]!
  return ctx.timexes.some((x) => x.span.start <= t.start && t.end <= x.span.end)
}

function figure(ctx: FigureContext, from: number, to: number, q: Quantity, g: Group, status: CasualtyStatus, rule: string): Figure {
  const { tt } = ctx
  return {
    span: spanAt(tt.text, tt.tokens[from]!.start, tt.tokens[to - 1]!.end),
    quantity: q,
    group: tt.text.slice(tt.tokens[g.start]!.start, tt.tokens[g.end - 1]!.end),
    ...(g.country ? { country: g.country } : {}),
    ...(g.role ? { role: g.role } : {}),
    status,
    rule: q.count === 0 ? 'zero-group-status' : rule,
  }
}

/**
 * Rule `count-group-status`: quantity, group, status ("at least 12 Freedonian soldiers were
 * killed", "many Sylvanians were among those killed", "none of the crew are missing").
 * Rule `status-count-group`: an active verb with the figure as object ("the raid killed 12 civilians").
 */
function figureAt(ctx: FigureContext, i: number, s: Sentence): Figure | null {
  const { tt, actors } = ctx
  const active = readActiveStatus(tt, i, s.endToken)
  const q = readQuantity(tt, active ? active.end : i)
  if (!q || inTimex(ctx, q.end - 1)) return null
  const g = readGroup(tt, q.end, actors)
  if (!g) return null
  if (active) return figure(ctx, i, g.end, q, g, active.status, 'status-count-group')
  const st = readStatus(tt, g.end, s.endToken)
  return st ? figure(ctx, i, st.end, q, g, st.status, 'count-group-status') : null
}

/** Every figure in a sentence, left to right, none overlapping. */
export function findFigures(ctx: FigureContext, s: Sentence): Figure[] {
  const out: Figure[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    const f = figureAt(ctx, i, s)
    if (!f) continue
    out.push(f)
    i = ctx.tt.tokenAt(f.span.end) - 1
  }
  return out
}
