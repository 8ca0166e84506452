import type { Kysely, Migration, MigrationProvider } from 'kysely'
import type { Engine } from '../engine.js'
import * as documents from './001-documents.js'
import * as extractions from './002-extractions.js'
import * as tokens from './004-tokens.js'
import * as reviews from './005-reviews.js'
import * as places from './006-places.js'
import * as actorMembers from './007-actor-members.js'
import * as eventNames from './008-event-names.js'
import * as oneCopy from './009-one-copy.js'
import * as incrementalLedger from './010-incremental-ledger.js'
import * as newsroom from './011-newsroom.js'
import * as nameSearch from './012-name-search.js'
import * as timelineDocs from './013-timeline-docs.js'
import * as eventMembers from './014-event-members.js'
import * as actorSummary from './015-actor-summary.js'
import * as placeBindings from './016-place-bindings.js'
import * as extractionDigest from './017-extraction-digest.js'
import * as eventSummary from './018-event-summary.js'

type Step = { up(db: Kysely<unknown>, engine: Engine): Promise<void> }

/** Numbered schema steps, run in order on both engines; a step may differ per engine where indexes do. */
const steps: Record<string, Step> = {
  '001-documents': documents,
  '002-extractions': extractions,
  '003-ledger': { up: (db) => import('./003-ledger.js').then((m) => m.up(db)) },
  '004-tokens': tokens,
  '005-reviews': reviews,
  '006-places': places,
  '007-actor-members': actorMembers,
  '008-event-names': eventNames,
  '009-one-copy': oneCopy,
  '010-incremental-ledger': incrementalLedger,
  '011-newsroom': newsroom,
  '012-name-search': nameSearch,
  '013-timeline-docs': timelineDocs,
  '014-event-members': eventMembers,
  '015-actor-summary': actorSummary,
  '016-place-bindings': placeBindings,
  '017-extraction-digest': extractionDigest,
  '018-event-summary': eventSummary,
}

export function migrationsFor(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {}
      for (const [name, step] of Object.entries(steps)) out[name] = { up: (db) => step.up(db, engine) }
      return out
    },
  }
}
