import type { Sentence, Statement, Timex, TimeRef } from '../../model/annotations.js'
import { REPORTING_VERBS } from '../../lexicon/en/casualty-terms.js'
import type { ActorIndex } from '../events/actors.js'
import type { TokenText } from '../events/token-text.js'
import type { Figure } from './figures.js'
import type { CoverAt } from '../../model/cover-index.js'

const REPORTING = new Set<string>(REPORTING_VERBS)

export interface Reporter {
  readonly actor?: string
  readonly statement?: Statement
  readonly time?: TimeRef
}

export interface ReporterContext {
  readonly tt: TokenText
  readonly actors: ActorIndex
  readonly timexes: readonly Timex[]
  /** The innermost statement whose content holds a span (carrierIndex). */
  readonly carrierAt: CoverAt<Statement>
  /** The first statement cued in a sentence (cuedIndex). */
  readonly cuedIn: (s: Sentence) => Statement | undefined
}

/** The DATE right after token `k` ("said on Saturday", "to 19 on Tuesday"), as a time reference. */
function dateAfter(ctx: ReporterContext, k: number, limit: number): TimeRef | undefined {
  const from = ctx.tt.tokens[k]?.end ?? Infinity
  const to = ctx.tt.tokens[Math.min(limit, k + 4) - 1]?.end ?? from
  const x = ctx.timexes.find((t) => t.type === 'DATE' && t.span.start >= from && t.span.start < to)
  return x ? { value: x.value.split('T')[0] } : undefined
}

/** ", the ministry said", "said the ministry", "according to the ministry" after the figure, in its sentence. */
function trailingSpeaker(ctx: ReporterContext, f: Figure, s: Sentence): Reporter | null {
  const { tt, actors } = ctx
  for (let j = tt.tokenAt(f.span.end); j < s.endToken; j++) {
    const w = tt.lower(j)
    if (w === 'according' && tt.lower(j + 1) === 'to') {
      const a = actors.within(tt.tokens[j + 2]?.start ?? Infinity, tt.tokens[Math.min(s.endToken, j + 8) - 1]!.end)
      if (a) return { actor: a.id }
    }
    if (!REPORTING.has(w)) continue
    // ", the ministry said": a speaker ending at most two words (adverbs, auxiliaries) before the verb.
    const subject = actors.mentionBefore(tt.tokens[j]!.start, f.span.end)
    const close = subject && j - tt.tokenAt(subject.end) <= 2
    // ", said the ministry"
    const after = tt.word(j - 1) === ',' ? actors.within(tt.tokens[j + 1]?.start ?? Infinity, tt.tokens[Math.min(s.endToken, j + 5) - 1]!.end) : undefined
    const who = close ? subject.actor : after
    if (who) return { actor: who.id, time: dateAfter(ctx, j, s.endToken) }
  }
  return null
}

/** The subject of the verb that raised or gave the count ("the army raised its count …"), with where it stands. */
function countingSubject(ctx: ReporterContext, f: Figure, s: Sentence): { actor: NonNullable<ReturnType<ActorIndex['before']>>; start: number } | undefined {
  if (f.reportVerb === undefined) return undefined
  const m = ctx.actors.mentionBefore(ctx.tt.tokens[f.reportVerb]!.start, s.start)
  return m ? { actor: m.actor, start: m.start } : undefined
}

/**
 * Who gives a figure: the statement whose content holds it; else the subject of the verb that raised
 * or gave the count ("the army raised its count …"); else a statement cued in the same sentence; else a
 * speaker named after it (", the ministry said on Sunday").
 */
export function reporterOf(ctx: ReporterContext, f: Figure, s: Sentence): Reporter {
  const st = ctx.carrierAt(f.span.start, f.span.end)
  const counter = countingSubject(ctx, f, s)
  // "X offered talks, as the Front raised its count to 31": the count's own subject inside the content gives it.
  if (st && counter && counter.start >= st.content.start) {
    return { actor: counter.actor.id, statement: st, time: dateAfter(ctx, ctx.tt.tokenAt(f.span.end) - 1, s.endToken) ?? st.time }
  }
  if (st) return { actor: st.speakers[0], statement: st, time: st.time }
  if (counter) return { actor: counter.actor.id, time: dateAfter(ctx, ctx.tt.tokenAt(f.span.end) - 1, s.endToken) }
  const cued = ctx.cuedIn(s)
  if (cued) return { actor: cued.speakers[0], statement: cued, time: cued.time }
  return trailingSpeaker(ctx, f, s) ?? {}
}
