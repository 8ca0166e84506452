import type { Casualty } from '../../model/annotations.js'
import type { Stage } from '../pipeline.js'
import { ActorIndex } from '../events/actors.js'
import { TokenText } from '../events/token-text.js'
import { findFigures } from './figures.js'
import { carryingStatement, owningEvent } from './link.js'

/** Sentences without one of these words cannot hold a figure; one pass over the text finds them. */
const STATUS_SCAN = /\b(?:killed|killing|kill|kills|dead|died|lives|life|fell|slain|perished|executed|murdered|wounded|wounding|injured|injuring|hurt|missing|unaccounted|disappeared|captured|capturing|prisoner|hostage|captive|abducted|abducting|kidnapped|kidnapping)\b/gi

/**
 * Casualty figures: a count (digits, number words, zero, vague words, bounds, ranges), the group
 * as written with its country and role, and a status; each tied to the statement that reports
 * it and to the event it belongs to.
 */
export const casualties: Stage<'casualties', 'tokens' | 'sentences' | 'actors' | 'timexes' | 'statements' | 'events'> = {
  name: 'casualties',
  needs: ['tokens', 'sentences', 'actors', 'timexes', 'statements', 'events'],
  adds: 'casualties',
  run(doc) {
    const ctx = { tt: new TokenText(doc.text, doc.tokens), actors: new ActorIndex(doc.actors), timexes: doc.timexes }
    const out: Casualty[] = []
    let s = 0
    for (const hit of doc.text.matchAll(STATUS_SCAN)) {
      while (s < doc.sentences.length && doc.sentences[s]!.end <= hit.index) s++
      const sentence = doc.sentences[s]
      if (!sentence || sentence.start > hit.index) continue
      for (const f of findFigures(ctx, sentence)) {
        const st = carryingStatement(doc.statements, f.span)
        const ev = owningEvent(doc.events, sentence, f.span)
        const { quantity: q } = f
        out.push({
          id: `k${out.length + 1}`, span: f.span, count: q.count,
          ...(q.vague ? { vague: q.vague } : {}), ...(q.low !== undefined ? { low: q.low } : {}), ...(q.high !== undefined ? { high: q.high } : {}),
          group: f.group, ...(f.country ? { country: f.country } : {}), ...(f.role ? { role: f.role } : {}), status: f.status,
          ...(st ? { reportedBy: st.speakers[0], statement: st.id, reportedOn: st.time } : {}),
          ...(ev ? { event: ev.id } : {}),
          rule: f.rule,
        })
      }
      s++ // each sentence is read once, however many status words it holds
    }
    return out
  },
}
