import type { AnyStage } from './pipeline.js'
import type { PipelineLanguage } from './languages.js'
import { tokens } from './segment/tokens.js'
import { paragraphs } from './segment/paragraphs.js'
import { sentencesStage } from './segment/sentences.js'
import { quotes } from './segment/quotes.js'
import { view } from './segment/view.js'
import { mentionsStage } from './mentions/mentions.js'
import { localitiesStage } from './places/localities.js'
import { timeStage } from './time/index.js'
import { eventsStage } from './events/index.js'
import { attributionStage } from './attribution/index.js'
import { casualtiesStage } from './casualties/index.js'
import { claimsStage } from './claims/index.js'
import { contradictions } from './contradictions/index.js'

/**
 * The extraction for one language, in order. Segmentation comes first because every later stage reads
 * its tokens, sentences and the token view built from them. Mentions and time come before attribution,
 * which resolves speakers to actors and dates statements by their time expressions; events come before
 * casualties, which link each figure to its event and to the statement that reports it. Claims read each
 * statement's content into frames once its speakers and events are known. Contradictions come last: they
 * compare the claims that frames, casualty figures and events make.
 */
export function stagesFor(language: PipelineLanguage): readonly AnyStage[] {
  return [
    tokens,
    paragraphs,
    sentencesStage(language.sentences),
    quotes,
    view,
    mentionsStage(language.mentions),
    // Localities after mentions: a name that is a person or a body is never read as a town.
    localitiesStage(language.places),
    timeStage(language.time),
    eventsStage(language.events),
    attributionStage(language.attribution),
    casualtiesStage(language.casualties),
    claimsStage(language.claims),
    contradictions,
  ]
}

/** The stage named `name` of a language's pipeline (tests run one stage on hand-made layers). */
export function stageNamed(name: string, language: PipelineLanguage): AnyStage {
  const stage = stagesFor(language).find((s) => s.name === name)
  if (!stage) throw new Error(`no stage named "${name}"`)
  return stage
}
