import { buildPipeline } from '../pipeline.js'
import { paragraphs } from '../segment/paragraphs.js'
import { sentences } from '../segment/sentences.js'
import { tokens } from '../segment/tokens.js'
import { timeStage } from './index.js'
import { english } from './language.js'
import { spanish } from './es/index.js'
import type { Timex } from '../../model/annotations.js'
import type { Warning } from '../../model/document.js'

/** The publication date the time tests share: Thursday 8 January 2026. */
export const PUBLISHED = '2026-01-08'

const pipelines = {
  en: buildPipeline([tokens, paragraphs, sentences, timeStage(english)]),
  es: buildPipeline([tokens, paragraphs, sentences, timeStage(spanish)]),
}

/** One-line form of a timex for test expectations: `'last Saturday' DATE 2026-01-03`, with ` MOD` when set. */
export const render = (t: Timex) => `'${t.span.text}' ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`

/** Runs segmentation and the time stage on a sentence we wrote; returns timexes and warnings. */
export function timeOf(text: string, published: string | null = PUBLISHED, language: 'en' | 'es' = 'en'): { timexes: readonly Timex[]; warnings: readonly Warning[] } {
  const doc = pipelines[language].run({ text, published, language, warnings: [] })
  return { timexes: doc.timexes ?? [], warnings: doc.warnings }
}

/** The rendered timexes of `text`, for one-line `deepEqual` expectations. */
export const timexesOf = (text: string, published: string | null = PUBLISHED) => timeOf(text, published).timexes.map(render)

/** The rendered timexes of a Spanish `text` (`language: 'es'`). */
export const timexesOfEs = (text: string, published: string | null = PUBLISHED) => timeOf(text, published, 'es').timexes.map(render)
