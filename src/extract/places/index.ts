import type { Stage } from '../pipeline.js'
import { learnPlaces } from './learn-places.js'

/** Countries the package does not know, learned from the article itself; read by every country lookup. */
export const places: Stage<'places'> = {
  name: 'places',
  needs: [],
  adds: 'places',
  run: (doc) => learnPlaces(doc.text),
}
