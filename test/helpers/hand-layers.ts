/**
 * For tests of the event and casualty stages: the layers other stages add (actors, timexes,
 * statements), built by hand over our own sentence so these tests do not depend on those stages.
 */
import type { ActorType, Statement, Timex, TimeRef } from '../../src/model/annotations.js'
import type { DocWith, LayerName } from '../../src/model/annotated-doc.js'
import { spanAt, type Span } from '../../src/model/span.js'
import { segmented } from './doc.js'

export interface HandActor {
  readonly id: string
  readonly type?: ActorType
  readonly country?: string
  readonly memberOf?: string
  /** Surface forms; every whole-word occurrence in the text becomes a mention. */
  readonly forms: readonly string[]
}

export interface HandLayers {
  readonly actors?: readonly HandActor[]
  /** [text, value] or [text, value, type]; the first occurrence becomes the timex. */
  readonly timexes?: readonly (readonly [string, string, Timex['type']?])[]
  /** [content text, speaker id, time]; the first occurrence becomes the content span. */
  readonly statements?: readonly (readonly [string, string, TimeRef?])[]
}

/** Every whole-word occurrence of `form` in `text`. */
export function spansOf(text: string, form: string): Span[] {
  const out: Span[] = []
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const edge = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}]/u.test(ch)
    if (edge(text[at - 1]) && edge(text[at + form.length])) out.push(spanAt(text, at, at + form.length))
  }
  return out
}

function first(text: string, form: string): Span {
  const s = spansOf(text, form)[0]
  if (!s) throw new Error(`"${form}" is not in the test sentence`)
  return s
}

export function handLayers(text: string, layers: HandLayers = {}, published = '2025-03-02'): DocWith<LayerName> {
  const doc = segmented(text, { published })
  const actors = (layers.actors ?? []).map((a) => ({
    id: a.id, name: a.id, type: a.type ?? 'government', mentions: a.forms.flatMap((f) => spansOf(text, f).map((s) => ({ ...s, kind: 'name' as const }))),
    ...(a.country ? { country: a.country } : {}), ...(a.memberOf ? { memberOf: a.memberOf } : {}),
  }))
  const timexes: Timex[] = (layers.timexes ?? []).map(([form, value, type], k) => ({ id: `t${k + 1}`, span: first(text, form), type: type ?? 'DATE', value, rule: 'hand' }))
  const statements: Statement[] = (layers.statements ?? []).map(([content, speaker, time], k) => {
    const span = first(text, content)
    return { id: `s${k + 1}`, speakers: [speaker], cue: spanAt(text, span.start, span.start), content: span, mode: 'indirect', polarity: 'asserts', time: time ?? {}, rule: 'hand' }
  })
  return { ...doc, actors, timexes, statements, events: [], casualties: [], contradictions: [] }
}
