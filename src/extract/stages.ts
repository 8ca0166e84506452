import type { AnyStage } from './pipeline.js'
import { tokens } from './segment/tokens.js'
import { paragraphs } from './segment/paragraphs.js'
import { sentences } from './segment/sentences.js'
import { quotes } from './segment/quotes.js'

/**
 * The default extraction, in order. Segmentation comes first because every later stage
 * reads its tokens and sentences.
 */
export const defaultStages: readonly AnyStage[] = [
  tokens,
  paragraphs,
  sentences,
  quotes,
]
