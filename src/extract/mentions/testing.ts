import { segmented } from '../../../test/helpers/doc.js'
import { mentions } from './mentions.js'
import { renderActor } from './render.js'

/** Runs segmentation and the mentions stage on a sentence we wrote; one line per actor. */
export function actorsOf(text: string): string[] {
  return segmented(text, { published: '2025-03-02' }, [mentions]).actors.map(renderActor)
}

/** Only the actors whose line starts with `prefix` ("gov-", "p-"). */
export function actorsOfKind(text: string, prefix: string): string[] {
  return actorsOf(text).filter((line) => line.startsWith(prefix))
}
