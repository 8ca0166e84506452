import type { Actor, Casualty, Sentence } from '../../model/annotations.js'
import type { Stage } from '../pipeline.js'
import { coverIndex } from '../../model/cover-index.js'
import { ActorIndex } from '../events/actors.js'
import { TokenText } from '../events/token-text.js'
import { ES_STATUS_SCAN, findEsFigures } from './es/figures.js'
import { findFigures, type Figure, type FigureContext } from './figures.js'
import { inheritGroups, type Placed } from './inherit.js'
import { OTHER_WORDS } from '../../lexicon/en/casualty-terms.js'
import { ES_OTHER_WORDS } from '../../lexicon/es/casualty-terms.js'
import { carrierIndex, cuedIndex, eventOwners } from './link.js'
import { reporterOf } from './reporter.js'
import { tallyAt } from './tolls.js'

/** Sentences without one of these words cannot hold a figure; one pass over the text finds them. */
const STATUS_SCAN = /\b(?:killed|killings?|slayings|murders|kill|kills|dead|died|deaths|fatalities|toll|tally|figure|bodies|corpses|lives|life|fell|slain|perished|executed|murdered|drowned|wounded|wounding|injured|injuring|hurt|missing|unaccounted|disappeared|captured|capturing|prisoner|hostage|captive|abducted|abducting|kidnapped|kidnapping)\b/gi

/** Per language: the scan that finds candidate sentences and the rules that read figures in them. */
export interface CasualtyLanguage {
  readonly scan: RegExp
  readonly figures: (ctx: FigureContext, sentence: Sentence) => Figure[]
  /** Words opening a group that continues the one counted before it ("six others"). */
  readonly others: ReadonlySet<string>
}

export const ENGLISH: CasualtyLanguage = { scan: STATUS_SCAN, figures: (ctx, s) => findFigures(ctx, s, [tallyAt]), others: new Set(OTHER_WORDS) }
export const SPANISH: CasualtyLanguage = { scan: ES_STATUS_SCAN, figures: findEsFigures, others: new Set(ES_OTHER_WORDS) }

/** The country a group of "our" or "its" people belongs to: the reporter's own, or its government's. */
function ownerCountry(actors: ActorIndex, id: string | undefined): string | undefined {
  const a: Actor | undefined = id ? actors.byId(id) : undefined
  return a?.country ?? (a?.memberOf ? actors.byId(a.memberOf)?.country : undefined)
}

/**
 * Casualty figures: a count (digits, number words, zero, vague words, bounds, ranges, running tolls),
 * the group as written with its country and role, and a status; each tied to whoever reports it and
 * to the event it belongs to. Civilians with no stated country are counted where their event happened.
 */
export const casualtiesStage = (lang: CasualtyLanguage): Stage<'casualties', 'tokens' | 'sentences' | 'actors' | 'timexes' | 'statements' | 'events'> => ({
  name: 'casualties',
  needs: ['tokens', 'sentences', 'actors', 'timexes', 'statements', 'events'],
  adds: 'casualties',
  run(doc) {
    const tt = new TokenText(doc.text, doc.tokens)
    const timexAt = coverIndex(doc.timexes, (x) => [x.span])
    const ctx = {
      tt, actors: new ActorIndex(doc.actors), timexes: doc.timexes, timexAt,
      carrierAt: carrierIndex(doc.statements), cuedIn: cuedIndex(doc.statements),
    }
    const ownerOf = eventOwners(doc.events)
    const placed: Placed[] = []
    let s = 0
    for (const hit of doc.text.matchAll(lang.scan)) {
      while (s < doc.sentences.length && doc.sentences[s]!.end <= hit.index) s++
      const sentence = doc.sentences[s]
      if (!sentence || sentence.start > hit.index) continue
      for (const figure of lang.figures(ctx, sentence)) placed.push({ figure, sentence })
      s++ // each sentence is read once, however many status words it holds
    }
    return inheritGroups(placed, lang.others).map(({ figure: f, sentence }, k): Casualty => {
      const who = reporterOf(ctx, f, sentence)
      const ev = ownerOf(sentence, f.span)
      const country = f.country ?? (f.owner ? ownerCountry(ctx.actors, who.actor) : undefined) ?? (f.role === 'civilian' ? ev?.location : undefined)
      const q = f.quantity
      const reportedOn = f.reportedOn ?? who.time
      return {
        id: `k${k + 1}`, span: f.span, count: q.count,
        ...(q.vague ? { vague: q.vague } : {}), ...(q.low !== undefined ? { low: q.low } : {}), ...(q.high !== undefined ? { high: q.high } : {}),
        group: f.group, ...(country ? { country } : {}), ...(f.role ? { role: f.role } : {}), status: f.status,
        ...(who.actor ? { reportedBy: who.actor } : {}), ...(who.statement ? { statement: who.statement.id } : {}),
        ...(reportedOn ? { reportedOn } : {}),
        ...(ev ? { event: ev.id } : {}),
        rule: f.rule,
      }
    })
  },
})

export type { Figure }
