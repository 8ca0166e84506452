import { segmented } from '../../../test/helpers/doc.js'
import { ENGLISH } from './english.js'
import type { MentionLanguage } from './language.js'
import { mentionsStage } from './mentions.js'
import { renderActor } from './render.js'
import { SPANISH } from './spanish.js'

/** Runs segmentation and the mentions stage on a sentence we wrote; one line per actor. */
function actorsIn(text: string, lang: MentionLanguage): string[] {
  return segmented(text, { published: '2025-03-02', language: lang.tag }, [mentionsStage(lang)]).actors.map(renderActor)
}

export const actorsOf = (text: string): string[] => actorsIn(text, ENGLISH)

/** Only the actors whose line starts with `prefix` ("gov-", "p-"). */
export const actorsOfKind = (text: string, prefix: string): string[] => actorsOf(text).filter((line) => line.startsWith(prefix))

/** The same, on a Spanish document. */
export const actorsOfEs = (text: string): string[] => actorsIn(text, SPANISH)

/** Only the Spanish document's actors whose line starts with `prefix`. */
export const actorsOfKindEs = (text: string, prefix: string): string[] => actorsOfEs(text).filter((line) => line.startsWith(prefix))
