/** For tests: runs the events then casualties stages over our sentence and its hand-built layers. */
import { eventsStage } from '../../src/extract/events/index.js'
import { ENGLISH as ENGLISH_EVENTS } from '../../src/extract/events/english.js'
import { handLayers, type HandLayers } from './hand-layers.js'
import { casualtiesStage, ENGLISH } from '../../src/extract/casualties/index.js'
import { renderCasualty } from '../../src/extract/casualties/render.js'

const events = eventsStage(ENGLISH_EVENTS)
const casualties = casualtiesStage(ENGLISH)

const noop = { warn() {} }

export function figuresIn(text: string, layers: HandLayers = {}): string[] {
  const doc = handLayers(text, layers)
  const withEvents = { ...doc, events: events.run(doc, noop) }
  return casualties.run(withEvents, noop).map(renderCasualty)
}
