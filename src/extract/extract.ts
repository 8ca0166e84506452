import type { AnnotatedDoc } from '../model/annotated-doc.js'
import type { Document, Warning } from '../model/document.js'
import type { Extraction } from '../model/extraction.js'
import { withLearnedPlaces, type LearnedCountry } from '../lexicon/en/countries.js'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { checkDocumentSize, limitsBudget, limitsGuard } from './limits-guard.js'
import { buildPipeline, type Pipeline } from './pipeline.js'
import { learnPlaces } from './places/learn-places.js'
import { withKnownPlaces } from './places/place-memory.js'
import { LANGUAGES, languageFor } from './languages.js'
import { stagesFor } from './stages.js'

/** One pipeline per language, built (and checked) once when this module loads. */
const PIPELINES: ReadonlyMap<string, Pipeline> = new Map([...LANGUAGES].map(([tag, l]) => [tag, buildPipeline(stagesFor(l))]))

/** The pipeline that reads a document written in `language` (English rules for a language we have none for). */
export const pipelineFor = (language: string | undefined): Pipeline => PIPELINES.get(languageFor(language).tag)!

/**
 * Runs extraction on one document and returns the output contract. Countries the article names but
 * the country package lacks are learned first and known to every stage's country lookups while this
 * document is extracted (and only then). `knownPlaces` are countries learned from other documents (the
 * store's place memory): they complete what this article teaches about itself (see place-memory.ts).
 * A document over one of the `limits` throws a `too_large` error naming it.
 */
export function extractDocument(
  doc: Document, warnings: readonly Warning[] = [], pipeline = pipelineFor(doc.language), knownPlaces: readonly LearnedCountry[] = [],
  limits: Limits = DEFAULT_LIMITS,
): Extraction {
  checkDocumentSize(doc.text, limits)
  const budget = limitsBudget(limits)
  const guard = limitsGuard(limits, budget)
  const places = learnPlaces(doc.text)
  const input: AnnotatedDoc = {
    text: doc.text, published: doc.published, language: doc.language,
    outlet: doc.outlet, title: doc.title, url: doc.url, warnings, places,
  }
  const out = withLearnedPlaces(withKnownPlaces(doc.text, places, knownPlaces), () => pipeline.run(input, { guard, budget }))
  return {
    document: {
      published: doc.published, language: doc.language,
      ...(doc.outlet ? { outlet: doc.outlet } : {}), ...(doc.title ? { title: doc.title } : {}), ...(doc.url ? { url: doc.url } : {}),
      text: doc.text,
    },
    actors: out.actors ?? [],
    statements: out.statements ?? [],
    timex: out.timexes ?? [],
    casualties: out.casualties ?? [],
    events: out.events ?? [],
    localities: out.localities ?? [],
    claims: out.claims ?? [],
    contradictions: out.contradictions ?? [],
    warnings: out.warnings,
  }
}
