import type { AnyStage } from './pipeline.js'
import { tokens } from './segment/tokens.js'
import { paragraphs } from './segment/paragraphs.js'
import { sentences } from './segment/sentences.js'
import { quotes } from './segment/quotes.js'
import { mentions } from './mentions/mentions.js'
import { time } from './time/index.js'
import { events } from './events/index.js'
import { attribution } from './attribution/index.js'
import { casualties } from './casualties/index.js'
import { contradictions } from './contradictions/index.js'

/**
 * The default extraction, in order. Segmentation comes first because every later stage reads its
 * tokens and sentences. Mentions and time come before attribution, which resolves speakers to actors
 * and dates statements by their time expressions; events come before casualties, which link each
 * figure to its event and to the statement that reports it. Contradictions come last: they compare
 * the claims that statements, casualty figures and events make.
 */
export const defaultStages: readonly AnyStage[] = [
  tokens,
  paragraphs,
  sentences,
  quotes,
  mentions,
  time,
  events,
  attribution,
  casualties,
  contradictions,
]
