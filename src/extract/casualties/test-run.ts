/** For tests: runs the events then casualties stages over our sentence and its hand-built layers. */
import { events } from '../events/index.js'
import { handLayers, type HandLayers } from '../events/hand-layers.js'
import { casualties } from './index.js'
import { renderCasualty } from './render.js'

const noop = { warn() {} }

export function figuresIn(text: string, layers: HandLayers = {}): string[] {
  const doc = handLayers(text, layers)
  const withEvents = { ...doc, events: events.run(doc, noop) }
  return casualties.run(withEvents, noop).map(renderCasualty)
}
