import type {
  Actor, Casualty, ClaimFrame, Contradiction, Event, Locality, Paragraph, Place, Quote, Sentence, Statement, Timex, Token,
} from './annotations.js'
import type { DocumentMeta, Warning } from './document.js'
import type { TokenView } from './token-view.js'

/** Every layer a stage can add, by name. Each is read-only once attached. */
export interface Layers {
  paragraphs: readonly Paragraph[]
  sentences: readonly Sentence[]
  tokens: readonly Token[]
  quotes: readonly Quote[]
  view: TokenView
  places: readonly Place[]
  localities: readonly Locality[]
  actors: readonly Actor[]
  timexes: readonly Timex[]
  events: readonly Event[]
  statements: readonly Statement[]
  casualties: readonly Casualty[]
  claims: readonly ClaimFrame[]
  contradictions: readonly Contradiction[]
}

export type LayerName = keyof Layers

/** One document, many layers, every span pointing into the one `text`. */
export type AnnotatedDoc = DocumentMeta & {
  readonly text: string
  readonly warnings: readonly Warning[]
} & Partial<Layers>

/** A document whose listed layers are known to be present. */
export type DocWith<K extends LayerName> = AnnotatedDoc & Pick<Layers, K>
