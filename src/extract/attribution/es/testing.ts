/** Test support: a Spanish document, segmented, with hand-made actors, then the attribution stage. */
import type { Actor, Statement } from '../../../model/annotations.js'
import { segmented } from '../../../../test/helpers/doc.js'
import type { Stage } from '../../pipeline.js'
import { attributionStage } from '../index.js'
import { SPANISH } from './language.js'

import { render } from '../render.js'

const attribution = attributionStage(SPANISH)

export function statementsEs(text: string, actors: (text: string) => Actor[] = () => []): Statement[] {
  const a: Stage<'actors'> = { name: 'test-actors', needs: [], adds: 'actors', run: () => actors(text) }
  const t: Stage<'timexes'> = { name: 'test-timexes', needs: [], adds: 'timexes', run: () => [] }
  const doc = segmented(text, { language: 'es', published: '2025-03-02' }, [a, t, attribution])
  return [...doc.statements]
}

export const renderedEs = (text: string, actors?: (text: string) => Actor[]) => statementsEs(text, actors).map(render)
