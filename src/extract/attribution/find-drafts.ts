import { accordingTo } from './according-to.js'
import { extendCue } from './cue-extent.js'
import { findCues } from './cues.js'
import type { Ctx, Draft } from './draft.js'
import { continueQuote, isSpeech, nounCueColonQuote, quoteThenCue } from './quote-rules.js'
import { dashCredit, labelDrafts } from './label-cues.js'
import { likelyCue } from './likely-cue.js'
import { LIKELY_CUES } from './cue-lexicon.js'
import { reportedSpeech } from './reported-speech.js'

/** Runs every rule: quotation rules first, then reporting cues sentence by sentence. Order is text order. */
export function findDrafts(ctx: Ctx): Draft[] {
  const drafts: Draft[] = []
  const taken = new Set<number>()
  const push = (d: Draft | undefined) => {
    if (!d || taken.has(d.cue.first)) return
    taken.add(d.cue.first)
    drafts.push(extendCue(ctx, continueQuote(ctx, d)))
  }
  for (const d of labelDrafts(ctx)) push(d)
  for (const q of ctx.quotes) {
    if (isSpeech(ctx, q)) push(quoteThenCue(ctx, q) ?? nounCueColonQuote(ctx, q) ?? dashCredit(ctx, q))
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
      if (taken.has(cue.first) || ctx.inQuote[cue.first]) continue
      // A word that is usually a cue in news text still makes a statement when the strict rules find none.
      const d = cue.kind === 'according' ? accordingTo(ctx, s, cue)
        : reportedSpeech(ctx, s, cue, previous) ?? (cue.kind === 'verb' && LIKELY_CUES.has(ctx.words[cue.first]!) ? likelyCue(ctx, s, cue) : undefined)
      push(d)
      if (d) previous = d
    }
  }
  return drafts.sort((a, b) => a.cue.first - b.cue.first)
}

