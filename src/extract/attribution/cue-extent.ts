import { tokenAt } from './context.js'
import type { Ctx, Draft } from './draft.js'
import { BE, PRE_CUE } from './words.js'

const PARTICLE = /^(to|about|for|on|of|against|with|out|up)$/
const MEDIUM = /^(statement|interview|tweet|email|e-mail|post|letter|speech|video|release|briefing|call|op-ed|memo|message|twitter|facebook|television|radio)$/

/**
 * The cue as a reader sees it: the auxiliaries, negation and adverbs between speaker and verb ("has
 * also said", "did not deny"), a particle the verb takes ("referring to", "called for"), and the medium
 * when it sits between cue and content ("said in a statement that …").
 */
export function extendCue(ctx: Ctx, d: Draft): Draft {
  if (d.rule === 'according-to' || d.rule.startsWith('quote/noun')) return d
  let first = d.cue.first
  const floor = d.source && d.source.end <= d.cue.first ? d.source.end : d.cue.first
  while (first > floor && (PRE_CUE.has(ctx.words[first - 1]!) || BE.has(ctx.words[first - 1]!))) first--
  let end = d.cue.end
  let content = d.content
  const contentToken = tokenAt(ctx, d.content.start)
  if (contentToken > end) {
    // "said in a statement that …", "said on Twitter: …"
    let k = end
    while (k < contentToken && k < end + 5 && !MEDIUM.test(ctx.words[k]!)) k++
    if (k < contentToken && MEDIUM.test(ctx.words[k]!) && /^(in|on|via|during)$/.test(ctx.words[end]!)) end = k + 1
  } else if (contentToken === end && PARTICLE.test(ctx.words[end] ?? '') && d.lemma !== 'say' && d.lemma !== 'tell' && end + 1 < ctx.tokens.length) {
    end++
    content = { start: ctx.tokens[end]!.start, end: d.content.end }
    if (content.start >= content.end) return d
  }
  return first === d.cue.first && end === d.cue.end ? d : { ...d, cueSpan: { first, end }, content }
}
