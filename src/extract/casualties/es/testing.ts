/** Test support: a Spanish document, segmented, with hand-made actors, Spanish statements and no events, then the casualties stage. */
import type { Actor } from '../../../model/annotations.js'
import { segmented } from '../../../../test/helpers/doc.js'
import { attributionStage } from '../../attribution/index.js'
import { SPANISH as SPANISH_ATTRIBUTION } from '../../attribution/es/language.js'
import type { Stage } from '../../pipeline.js'
import { casualtiesStage, SPANISH } from '../index.js'

import { renderCasualty } from '../render.js'

const attribution = attributionStage(SPANISH_ATTRIBUTION)
const casualties = casualtiesStage(SPANISH)

export function figuresEs(text: string, actors: (text: string) => Actor[] = () => []): string[] {
  const a: Stage<'actors'> = { name: 'test-actors', needs: [], adds: 'actors', run: () => actors(text) }
  const t: Stage<'timexes'> = { name: 'test-timexes', needs: [], adds: 'timexes', run: () => [] }
  const e: Stage<'events'> = { name: 'test-events', needs: [], adds: 'events', run: () => [] }
  const doc = segmented(text, { language: 'es', published: '2025-03-02' }, [a, t, attribution, e, casualties])
  return doc.casualties.map(renderCasualty)
}
