/** Test support: builds a segmented document with hand-made actors and timexes, then runs the stage. */
import type { Actor, ActorType, Statement, Timex } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import { segmented } from '../../../test/helpers/doc.js'
import type { Stage } from '../pipeline.js'
import { attributionStage } from './index.js'
import { ENGLISH } from './language.js'

import { render } from './render.js'

const attribution = attributionStage(ENGLISH)

/** An actor whose mentions are every occurrence of the given surface forms in `text`. */
export function actorIn(text: string, id: string, type: ActorType, forms: readonly string[], extra: Partial<Actor> = {}): Actor {
  const mentions = forms.flatMap((f) => [...text.matchAll(new RegExp(f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))]
    .map((m) => ({ ...spanAt(text, m.index, m.index + f.length), kind: 'name' as const })))
  return { id, name: forms[0] ?? id, type, mentions, ...extra }
}

/** A DATE timex over the first occurrence of `surface`. */
export function dateIn(text: string, surface: string, value: string, type: Timex['type'] = 'DATE'): Timex {
  const at = text.indexOf(surface)
  return { id: `t-${at}`, span: spanAt(text, at, at + surface.length), type, value, rule: 'test' }
}

export function statementsOf(text: string, opts: { actors?: (text: string) => Actor[]; timexes?: (text: string) => Timex[]; published?: string } = {}): Statement[] {
  const actors: Stage<'actors'> = { name: 'test-actors', needs: [], adds: 'actors', run: () => opts.actors?.(text) ?? [] }
  const timexes: Stage<'timexes'> = { name: 'test-timexes', needs: [], adds: 'timexes', run: () => opts.timexes?.(text) ?? [] }
  return [...segmented(text, { published: opts.published ?? '2025-03-02' }, [actors, timexes, attribution]).statements]
}

export const rendered = (text: string, opts: Parameters<typeof statementsOf>[1] = {}) => statementsOf(text, opts).map(render)
