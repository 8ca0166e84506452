import type { Ctx, Draft } from './draft.js'
import { findDrafts } from './find-drafts.js'
import { ENGLISH_HEDGES, type Hedges } from './hedges.js'
import { ENGLISH_POLARITY, type PolarityWords } from './polarity.js'
import { anonymityMarks, ENGLISH_SOURCE_TYPES, type SourceTypeWords } from './source-type.js'
import { ENGLISH_REFERENCE, type ReferenceWords } from './speakers.js'

/**
 * What the attribution stage needs from a language: its rules (which find the drafts) and the word
 * sets that the shared steps (polarity, hedges, source types, speakers looking back) read.
 */
export interface AttributionLanguage {
  readonly findDrafts: (ctx: Ctx) => Draft[]
  readonly polarity: PolarityWords
  readonly hedges: Hedges
  readonly sourceTypes: SourceTypeWords
  readonly reference: ReferenceWords
  /** Offsets of the phrases that make a sentence's source anonymous ("on condition of anonymity"). */
  readonly anonymityMarks: (text: string) => number[]
}

export const ENGLISH: AttributionLanguage = {
  findDrafts, polarity: ENGLISH_POLARITY, hedges: ENGLISH_HEDGES, sourceTypes: ENGLISH_SOURCE_TYPES,
  reference: ENGLISH_REFERENCE, anonymityMarks,
}
