import type { AnnotatedDoc, DocWith, LayerName, Layers } from '../model/annotated-doc.js'
import type { Warning } from '../model/document.js'
import { ClaimtrailError } from '../errors.js'

export interface StageContext {
  /** Record a problem that does not stop the work (an unresolvable date, say). */
  warn(warning: Omit<Warning, 'rule'> & { rule?: string }): void
  /** The document's budget, checks naming this stage: long loops call it as they go (none in stage tests). */
  readonly budget?: StageBudget
}

/**
 * What one document's extraction may spend, checked where the work happens: `check` throws once the
 * time is spent (`where` names the place), `statements` once more statements are found than allowed.
 */
export interface Budget {
  check(where: string): void
  statements(found: number): void
}

/** A stage's view of the budget: its time checks name the stage. */
export interface StageBudget {
  check(): void
  statements(found: number): void
}

/** No limit: tests and evaluation run single stages without one. */
export const UNLIMITED: StageBudget = Object.freeze({ check: () => {}, statements: () => {} })

export interface RunOptions {
  /** Looks at the document after each stage. */
  readonly guard?: StageGuard
  /** Handed to every stage, which checks it inside its long loops. */
  readonly budget?: Budget
}

/**
 * One step of extraction: reads the layers it `needs`, returns the one layer it `adds`.
 * `run` is pure; the pipeline attaches its result.
 */
export interface Stage<K extends LayerName, N extends LayerName = never> {
  readonly name: string
  readonly needs: readonly N[]
  readonly adds: K
  run(doc: DocWith<N>, ctx: StageContext): Layers[K]
}

// Stages differ in their type parameters; the pipeline treats them alike.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<LayerName, any>

/** Looks at the document after each stage and throws to stop the work (a limit exceeded). */
export type StageGuard = (stage: AnyStage, doc: AnnotatedDoc) => void

export interface Pipeline {
  readonly stages: readonly AnyStage[]
  run(doc: AnnotatedDoc, options?: RunOptions): DocWith<LayerName>
}

/** Checks at build time that every need is added by an earlier stage, so a misordered list fails at start-up. */
export function buildPipeline(stages: readonly AnyStage[]): Pipeline {
  const added = new Set<LayerName>()
  for (const stage of stages) {
    for (const need of stage.needs as readonly LayerName[]) {
      if (!added.has(need)) {
        throw new ClaimtrailError('config', `stage "${stage.name}" needs "${need}", which no earlier stage adds`)
      }
    }
    if (added.has(stage.adds)) {
      throw new ClaimtrailError('config', `layer "${stage.adds}" is added twice (again by "${stage.name}")`)
    }
    added.add(stage.adds)
  }
  return {
    stages,
    run(input, { guard, budget } = {}) {
      const warnings = [...input.warnings]
      let doc: AnnotatedDoc = { ...input, warnings }
      for (const stage of stages) {
        const ctx: StageContext = {
          warn: (w) => warnings.push({ rule: stage.name, ...w }),
          budget: budget ? { check: () => budget.check(`stage "${stage.name}"`), statements: budget.statements } : UNLIMITED,
        }
        let layer: unknown
        try {
          layer = stage.run(doc as never, ctx)
        } catch (cause) {
          // A limit reached inside a stage is the document's fault, not the stage's: its own line.
          if (cause instanceof ClaimtrailError && cause.code === 'too_large') throw cause
          const what = input.title ?? input.text.slice(0, 40).replace(/\s+/g, ' ')
          throw new ClaimtrailError('stage_failed', `stage "${stage.name}" failed on "${what}": ${String((cause as Error)?.message ?? cause)}`, { cause })
        }
        doc = { ...doc, [stage.adds]: layer }
        guard?.(stage, doc)
      }
      return doc as DocWith<LayerName>
    },
  }
}
