import type { AnnotatedDoc, DocWith, LayerName } from '../../src/model/annotated-doc.js'
import { buildPipeline, type AnyStage } from '../../src/extract/pipeline.js'
import { tokens } from '../../src/extract/segment/tokens.js'
import { paragraphs } from '../../src/extract/segment/paragraphs.js'
import { ENGLISH_SENTENCES, SPANISH_SENTENCES, sentencesStage } from '../../src/extract/segment/sentences.js'
import { quotes } from '../../src/extract/segment/quotes.js'
import { view } from '../../src/extract/segment/view.js'

/** A bare document for unit tests: our own sentence and a fixed publication date. */
export function docOf(text: string, meta: { published?: string | null; language?: string } = {}): AnnotatedDoc {
  return { text, published: meta.published ?? '2025-03-02', language: meta.language ?? 'en', warnings: [] }
}

/** A document with segmentation (and its token view) plus whatever further stages a test needs, run in the given order. */
export function segmented(text: string, meta: { published?: string | null; language?: string } = {}, more: readonly AnyStage[] = []): DocWith<LayerName> {
  const sentences = sentencesStage(meta.language === 'es' ? SPANISH_SENTENCES : ENGLISH_SENTENCES)
  return buildPipeline([tokens, paragraphs, sentences, quotes, view, ...more]).run(docOf(text, meta))
}
