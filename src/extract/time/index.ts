import type { Sentence, Timex, Token } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import type { Stage, StageBudget, StageContext } from '../pipeline.js'
import { ruleContext } from './context.js'
import { attachClockDates } from './refiners/clock-dates.js'
import { anchorOnEvents } from './refiners/event-anchors.js'
import { fillNarrative } from './refiners/narrative.js'
import { dropOverlaps } from './refiners/overlaps.js'
import { english, type TimeLanguage } from './language.js'
import { rulesAt, triggerIndex, type TriggerIndex } from './triggers.js'
import type { Draft, Rule } from './types.js'

export interface FindTimexesOptions {
  /** The language's rules, tense reader and event relation; English by default. */
  readonly language?: TimeLanguage
  /** Replaces the language's rules (tests of one rule). */
  readonly rules?: readonly Rule[]
  /** Checked every few hundred tokens: a hostile text is stopped inside the walk, not after it. */
  readonly budget?: StageBudget
}

interface CompiledRules {
  readonly rules: readonly Rule[]
  readonly sticky: readonly RegExp[]
  readonly index: TriggerIndex
  readonly order: readonly string[]
}

const compiled = new WeakMap<readonly Rule[], CompiledRules>()

/** Sticky copies of the rule patterns and the trigger index, made once per rule list. */
function compile(rules: readonly Rule[]): CompiledRules {
  let c = compiled.get(rules)
  if (!c) {
    const sticky = rules.map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', '') + 'y'))
    c = { rules, sticky, index: triggerIndex(rules), order: rules.map((r) => r.name) }
    compiled.set(rules, c)
  }
  return c
}

/**
 * Walks the tokens once; at each trigger token, tries the rules it wakes at the token starts within
 * their reach before it. Then the refiners run in order; drafts come back in text order.
 */
export function findDrafts(text: string, published: string | null, sentences: readonly Sentence[], tokens: readonly Token[], options: FindTimexesOptions = {}): Draft[] {
  const language = options.language ?? english
  const { rules, sticky, index, order } = compile(options.rules ?? language.rules)
  const ctx = ruleContext(text, published, sentences, language.tense)
  const drafts: Draft[] = []
  // Triggers come in text order, so each rule is tried at most once per token: past the last one tried.
  const triedUpTo = new Int32Array(rules.length).fill(-1)
  for (let i = 0; i < tokens.length; i++) {
    if (i % 512 === 0) options.budget?.check()
    for (const r of rulesAt(text, tokens[i]!, index)) {
      for (let j = Math.max(0, i - rules[r]!.reach, triedUpTo[r]! + 1); j <= i; j++) {
        triedUpTo[r] = j
        const pattern = sticky[r]!
        pattern.lastIndex = tokens[j]!.start
        const m = pattern.exec(text)
        const d = m && rules[r]!.make(m, ctx)
        if (d && d.end > d.start) drafts.push(d)
      }
    }
  }
  const kept = dropOverlaps(drafts, order)
  return fillNarrative(anchorOnEvents(attachClockDates(kept, text), text, sentences, language.events), text)
}

/** Turns drafts into timexes with ids `t1`…, warning once for each value the missing publication date left open. */
export function toTimexes(text: string, drafts: readonly Draft[], ctx?: StageContext): Timex[] {
  return drafts.map((d, i) => {
    if (d.unresolved) ctx?.warn({ code: 'unresolved_date', message: `no publication date to resolve "${text.slice(d.start, d.end)}"`, start: d.start, end: d.end, rule: d.rule })
    const timex: Timex = { id: `t${i + 1}`, span: spanAt(text, d.start, d.end), type: d.type, value: d.value, rule: d.rule, resolved: d.resolved }
    return d.mod ? { ...timex, mod: d.mod } : timex
  })
}

/** TimeML time expressions, resolved against the publication date with news conventions, in one language. */
export const timeStage = (language: TimeLanguage): Stage<'timexes', 'tokens' | 'sentences'> => ({
  name: 'time',
  needs: ['tokens', 'sentences'],
  adds: 'timexes',
  run: (doc, ctx) => toTimexes(doc.text, findDrafts(doc.text, doc.published, doc.sentences, doc.tokens, { language, budget: ctx.budget }), ctx),
})
