import { accordingTo } from './according-to.js'
import { clip } from './content-span.js'
import { extendCue } from './cue-extent.js'
import { findCues } from './cues.js'
import type { Ctx, Draft } from './draft.js'
import { continueQuote, cueSpeakerQuote, isSpeech, nounCueColonQuote, quoteThenCue } from './quote-rules.js'
import { dashCredit, labelDrafts } from './label-cues.js'
import { splitJoinedClauses } from './joined-clauses.js'
import { likelyCue } from './likely-cue.js'
import { LIKELY_CUES } from './cue-lexicon.js'
import { quotedAsSaying } from './relay.js'
import { relativeClaim } from './relative-claim.js'
import { reportedSpeech } from './reported-speech.js'

/** Runs every rule: quotation rules first, then reporting cues sentence by sentence. Order is text order. */
export function findDrafts(ctx: Ctx): Draft[] {
  const drafts: Draft[] = []
  const taken = new Set<number>()
  const push = (d: Draft | undefined) => {
    if (!d || taken.has(d.cue.first)) return
    taken.add(d.cue.first)
    drafts.push(...continueQuote(ctx, extendCue(ctx, d)))
  }
  for (const d of labelDrafts(ctx)) push(d)
  for (const q of ctx.quotes) {
    if (isSpeech(ctx, q)) push(quoteThenCue(ctx, q) ?? nounCueColonQuote(ctx, q) ?? cueSpeakerQuote(ctx, q) ?? dashCredit(ctx, q))
  }
  // "“…,” he said, adding that …": a quotation's report earlier in the sentence lends its speaker to a later cue.
  const quoted = drafts.filter((d) => d.source).sort((a, b) => a.cue.first - b.cue.first)
  let q = 0
  for (const s of ctx.sentences) {
    let previous: Draft | undefined
    for (const cue of findCues(ctx, s)) {
      while (q < quoted.length && quoted[q]!.cue.first < cue.first) {
        if (quoted[q]!.cue.first >= s.firstToken && (!previous || previous.cue.first < quoted[q]!.cue.first)) previous = quoted[q]
        q++
      }
      // Cues inside a real quotation belong to the quoted speaker's own words, not to the article.
      if (taken.has(cue.first) || ctx.inQuote(cue.first)) continue
      // A word that is usually a cue in news text still makes a statement when the strict rules find none.
      const d = cue.kind === 'according' ? accordingTo(ctx, s, cue)
        : quotedAsSaying(ctx, s, cue) ?? relativeClaim(ctx, s, cue, previous) ?? reportedSpeech(ctx, s, cue, previous) ?? (cue.kind === 'verb' && LIKELY_CUES.has(ctx.lower(cue.first)) ? likelyCue(ctx, s, cue) : undefined)
      push(d)
      if (d) previous = d
    }
  }
  return endBeforeNextReport(ctx, drafts.sort((a, b) => a.cue.first - b.cue.first)).flatMap((d) => splitJoinedClauses(ctx, d, AND_THAT))
}

const COORDINATOR = /^(and|but|while|whereas)$/
const AND_THAT = { join: 'and', complementizer: 'that' }

/**
 * Refiner: "X urged restraint, and Y said it was ready": a report coordinated after another ends the
 * first one's content, and so does one whose own content lies before it ("X rejected the deal,
 * officials said"); a report inside the content without ", and" ("X said Y told him …") stays nested.
 */
function endBeforeNextReport(ctx: Ctx, drafts: Draft[]): Draft[] {
  return drafts.map((d, k) => {
    const next = drafts[k + 1]
    if (!next?.source || d.mode !== 'indirect') return d
    const at = ctx.tokens[next.source.first]!.start
    if (at <= d.content.start || at >= d.content.end) return d
    let j = next.source.first - 1
    // "X said that Y, a claim Z denied": the claim ends where the relative claim's content ends.
    if (next.rule === 'reported/relative-claim') return { ...d, content: clip(ctx, d.content.start, Math.min(d.content.end, next.content.end)) }
    const frontedNext = next.content.end <= ctx.tokens[next.cue.first]!.start
    if (frontedNext && ctx.lower(j) === ',') return { ...d, content: clip(ctx, d.content.start, ctx.tokens[j]!.start) }
    if (!COORDINATOR.test(ctx.lower(j)) && ctx.lower(j) !== ';') return d
    if (ctx.lower(j) !== ';') j--
    if (ctx.lower(j) !== ',' && ctx.lower(j + 1) !== ';') return d
    const cut = ctx.tokens[j]!.start
    return cut > d.content.start ? { ...d, content: clip(ctx, d.content.start, cut) } : d
  })
}

