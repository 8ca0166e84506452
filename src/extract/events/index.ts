import { UNLIMITED, type Stage } from '../pipeline.js'
import { eventContext } from './context.js'
import type { EventLanguage } from './language.js'
import { dateMentions } from './dates.js'
import { findMentions } from './find-mentions.js'
import { groupMentions, toEvent } from './merge.js'
import { joinOutcomes } from './outcomes.js'
import { placeFromRelative, placeFromScene } from './scene.js'
import { placeFromDateline } from './dateline-place.js'

/**
 * Events: attacks and military operations, decrees, arrests, dismissals and a few more, found by
 * trigger words (src/lexicon/en/event-triggers.ts), dated from the time layer, given agents and
 * targets from the actors layer, and merged so that every mention of one event is listed once.
 */
export const eventsStage = (lang: EventLanguage): Stage<'events', 'tokens' | 'sentences' | 'actors' | 'timexes'> => ({
  name: 'events',
  needs: ['tokens', 'sentences', 'actors', 'timexes'],
  adds: 'events',
  run(doc, { budget = UNLIMITED }) {
    const ctx = eventContext(doc, lang)
    const mentions = findMentions(ctx)
    budget.check()
    dateMentions(ctx, mentions)
    placeFromScene(ctx, mentions)
    placeFromRelative(ctx, mentions)
    joinOutcomes(mentions)
    budget.check()
    const events = groupMentions(mentions, ctx.lang.indefinite)
    budget.check()
    placeFromDateline(ctx, events)
    return events.map((ms, k) => toEvent(`ev${k + 1}`, ms, ctx.actors, ctx.lang.force))
  },
})
