import type { Ctx, Draft } from './draft.js'
import { findDrafts } from './find-drafts.js'
import { ENGLISH_HEDGES, type Hedges } from './hedges.js'
import { ENGLISH_POLARITY, type PolarityWords } from './polarity.js'
import { anonymityMarks, ENGLISH_SOURCE_TYPES, type SourceTypeWords } from './source-type.js'
import { ENGLISH_REFERENCE, type ReferenceWords } from './speakers.js'
import type { QuotedClauseWords } from './quoted-clause.js'
import * as EN_QUOTED from '../../lexicon/en/quoted-clause.js'

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
  /** Words that make a quotation inside reported speech a clause (mixed) rather than a label (indirect). */
  readonly quotedClause: QuotedClauseWords
}

const ENGLISH_QUOTED_CLAUSE: QuotedClauseWords = {
  finite: new Set(EN_QUOTED.FINITE_VERBS), contracted: EN_QUOTED.CONTRACTED_FINITE,
  openers: new Set(EN_QUOTED.QUOTED_CLAUSE_OPENERS), participle: EN_QUOTED.PARTICIPLE_ENDING,
  irregularVerbs: new Set(EN_QUOTED.IRREGULAR_PAST_FORMS), adverb: EN_QUOTED.ADVERB_ENDING,
  verbFollowers: new Set(EN_QUOTED.VERB_FOLLOWERS), infinitiveMarkers: new Set(EN_QUOTED.INFINITIVE_MARKERS),
}

export const ENGLISH: AttributionLanguage = {
  findDrafts, polarity: ENGLISH_POLARITY, hedges: ENGLISH_HEDGES, sourceTypes: ENGLISH_SOURCE_TYPES,
  reference: ENGLISH_REFERENCE, anonymityMarks, quotedClause: ENGLISH_QUOTED_CLAUSE,
}
