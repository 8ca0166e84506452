import { docOf, segmented } from '../../../test/helpers/doc.js'
import { buildPipeline } from '../pipeline.js'
import { paragraphs } from '../segment/paragraphs.js'
import { quotes } from '../segment/quotes.js'
import { sentences } from '../segment/sentences.js'
import { tokens } from '../segment/tokens.js'
import { findActors, mentionsStage } from './mentions.js'
import { findActorsEs } from './es/mentions.js'
import { renderActor } from './render.js'

/** Runs segmentation and the mentions stage on a sentence we wrote; one line per actor. */
export function actorsOf(text: string): string[] {
  return segmented(text, { published: '2025-03-02' }, [mentionsStage(findActors)]).actors.map(renderActor)
}

/** Only the actors whose line starts with `prefix` ("gov-", "p-"). */
export function actorsOfKind(text: string, prefix: string): string[] {
  return actorsOf(text).filter((line) => line.startsWith(prefix))
}

/** The same, on a Spanish document. */
export function actorsOfEs(text: string): string[] {
  const doc = buildPipeline([tokens, paragraphs, sentences, quotes, mentionsStage(findActorsEs)]).run(docOf(text, { language: 'es' }))
  return doc.actors.map(renderActor)
}

/** Only the Spanish document's actors whose line starts with `prefix`. */
export function actorsOfKindEs(text: string, prefix: string): string[] {
  return actorsOfEs(text).filter((line) => line.startsWith(prefix))
}
