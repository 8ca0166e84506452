import type { Actor, Casualty, ClaimFrame, Contradiction, Event, Locality, Statement, Timex } from './annotations.js'
import type { DocumentMeta, Warning } from './document.js'

/**
 * The output contract of `claimtrail extract --json`, and what is stored per document.
 * Described by schema/extraction.schema.json.
 */
export interface Extraction {
  readonly document: DocumentMeta & { readonly text: string }
  readonly actors: readonly Actor[]
  readonly statements: readonly Statement[]
  readonly timex: readonly Timex[]
  readonly casualties: readonly Casualty[]
  readonly events: readonly Event[]
  /** Places below the country, through the gazetteer. Absent in extractions stored before it existed. */
  readonly localities?: readonly Locality[]
  /** The claims layer: statement contents read into frames. Absent in extractions stored before it existed. */
  readonly claims?: readonly ClaimFrame[]
  readonly contradictions: readonly Contradiction[]
  readonly warnings: readonly Warning[]
}
