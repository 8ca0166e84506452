import type { Stage } from '../pipeline.js'
import type { FrameLanguage } from '../../claims/frame-language.js'
import { readFrames } from '../../claims/read-frames.js'

/**
 * The claims layer: every statement's content read into frames (predicate, agent, patient, place, event),
 * in the document's own ids, stored with the extraction so the ledger compares them without reading the
 * text again. The rules live in src/claims/read-frames.ts; the language's words come in `lang`.
 */
export function claimsStage(lang: FrameLanguage): Stage<'claims', 'actors' | 'events' | 'statements'> {
  return {
    name: 'claims',
    needs: ['actors', 'events', 'statements'],
    adds: 'claims',
    run: (doc) => readFrames(doc, lang),
  }
}
