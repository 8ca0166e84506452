import type { Actor, Statement } from '../../model/annotations.js'
import { spanAt, trimmedSpan } from '../../model/span.js'
import type { DocWith } from '../../model/annotated-doc.js'
import { UNLIMITED, type Stage, type StageBudget } from '../pipeline.js'
import { buildCtx } from './context.js'
import { VERB_CUES } from './cue-lexicon.js'
import type { Ctx, Draft, TokenRange } from './draft.js'
import { isHedged } from './hedges.js'
import type { AttributionLanguage } from './language.js'
import { polarityOf } from './polarity.js'
import { settleMode } from './quoted-clause.js'
import { markedAnonymous, sourceTypeOf } from './source-type.js'
import { castOf, resolveSpeakers, withStatement, type Cast, type Earlier } from './speakers.js'
import { statementTime, timeContext, type TimeContext } from './statement-time.js'

type Needs = 'view' | 'quotes' | 'actors' | 'timexes'

const rangeSpan = (ctx: Ctx, r: TokenRange) => trimmedSpan(ctx.text, ctx.tokens[r.first]!.start, ctx.tokens[r.end - 1]!.end, ',')

/** Turns one rule's draft into a statement: speakers, polarity, hedge, source type and time. */
function complete(ctx: Ctx, d: Draft, id: string, cast: Cast, byId: ReadonlyMap<string, Actor>, tc: TimeContext & { anonymity: readonly number[] }, earlier: Earlier, lang: AttributionLanguage): Statement {
  const speakerSpan = d.source ? rangeSpan(ctx, d.source) : undefined
  const viaSpan = d.via ? rangeSpan(ctx, d.via) : undefined
  // "Afirmó que …": a left-out subject is the previous speaker, as a pronoun would be.
  const elided = !speakerSpan && d.elidedSubject ? earlier.withSpeakers : undefined
  const resolved = resolveSpeakers(cast, speakerSpan, viaSpan, earlier, lang.reference)
  const { speakers, via } = elided ? { speakers: [...elided.speakers], via: [...(elided.via ?? [])] } : resolved
  const sentence = ctx.sentenceAt(d.cue.first)!
  const form = d.form ?? VERB_CUES.get(ctx.lower(d.cue.first))?.form ?? 'past'
  const sourceType = speakerSpan
    ? sourceTypeOf(speakerSpan.text, markedAnonymous(tc.anonymity, sentence.start, sentence.end), speakers.map((s) => byId.get(s)!), cast.actors, lang.sourceTypes)
    : elided?.sourceType
  return {
    id,
    speakers,
    ...(speakerSpan ? { speakerSpan } : {}),
    cue: spanAt(ctx.text, ctx.tokens[(d.cueSpan ?? d.cue).first]!.start, ctx.tokens[(d.cueSpan ?? d.cue).end - 1]!.end),
    content: spanAt(ctx.text, d.content.start, d.content.end),
    mode: settleMode(ctx, d, lang.quotedClause),
    polarity: polarityOf(ctx, d, lang.polarity),
    ...(isHedged(ctx, d, lang.hedges) ? { hedged: true } : {}),
    ...(via.length > 0 ? { via } : {}),
    ...(sourceType ? { sourceType } : {}),
    time: statementTime(ctx, d, form, sentence, tc, earlier, speakers),
    rule: d.rule,
  }
}

/** Every attributed statement of the document, in text order; stops once the `budget` is spent. */
export function findStatements(doc: DocWith<Needs>, lang: AttributionLanguage, budget: StageBudget = UNLIMITED): Statement[] {
  const ctx = buildCtx(doc.view, doc.quotes)
  const tc = { ...timeContext(doc.timexes, doc.published, lang.reference.aside), anonymity: lang.anonymityMarks(doc.text) }
  const byId = new Map(doc.actors.map((a) => [a.id, a]))
  const cast = castOf(doc.actors)
  const statements: Statement[] = []
  let earlier: Earlier = {}
  for (const d of lang.findDrafts(ctx)) {
    budget.check()
    const s = complete(ctx, d, `s${statements.length + 1}`, cast, byId, tc, earlier, lang)
    if (nestedWithoutSpeaker(s, earlier)) continue
    statements.push(s)
    budget.statements(statements.length)
    earlier = withStatement(earlier, s)
  }
  return statements
}

/**
 * "Roe said that intelligence from several sources indicated the jet was hit": a report inside another
 * speaker's content whose own subject names no actor is that speaker's reasoning, not a second source.
 */
function nestedWithoutSpeaker(s: Statement, earlier: Earlier): boolean {
  if (s.speakers.length > 0 || !s.speakerSpan) return false
  const outer = earlier.withSpeakers
  return outer !== undefined && outer.content.start <= s.speakerSpan.start && s.content.end <= outer.content.end
}

/** Who said what: Citron-style source / cue / content, with polarity, hedges, chains and time. */
export const attributionStage = (lang: AttributionLanguage): Stage<'statements', Needs> => ({
  name: 'attribution',
  needs: ['view', 'quotes', 'actors', 'timexes'],
  adds: 'statements',
  run: (doc, ctx) => findStatements(doc, lang, ctx.budget),
})
