import type { Ctx, Draft } from './draft.js'
import { FALSITY_NOUNS } from '../../lexicon/en/reporting-cues.js'
import { NAMING } from './cue-lexicon.js'
import { NEGATION } from './words.js'

// The content's own main clause is negated: "There are no X", "No X were killed", "X was not …",
// "X had no …", "X took no …". The words before the negation stay in the main clause: "strikes if it
// doesn't back down" negates only the condition.
const THERE_IS_NO = /^(?:there|here)\s+(?:is|are|was|were|has been|have been|had been|will be)\s+(?:no|none)\b/
const NEGATIVE_SUBJECT = /^(?:no|none|nobody|nothing|neither|never)\b/
const DENYING_OPENER = /^it\s+(?:is|was|would be)\s+(?:impossible|false|untrue|unthinkable)\s+(?:that|for)\b/
const OPENERS = 'if|unless|when|whenever|while|because|since|although|though|after|before|until|that|which|who|whom|whose|where'
const PREPOSITIONS = 'with|without|of|in|on|at|by|for|from|to|into|under|over|about|against|as|than'
const WORD = `(?!(?:${OPENERS})\\s)[\\p{L}\\p{N}’'-]+\\s+`
const AUX = 'am|is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|must|may|might'
const AUX_NT = 'is|are|was|were|has|have|had|did|does|do|wo|would|could|ca|should|must'
const NEGATED_VERB = new RegExp(`^(?:${WORD}){0,6}?(?:(?:${AUX})\\s+(?:not|never)|(?:${AUX_NT})n[’']t|cannot|\\p{L}+[’']m\\s+not)\\b`, 'u')
const NO_OBJECT = new RegExp(`^(?:${WORD}){0,5}?(?!(?:${PREPOSITIONS})\\s)\\p{L}+\\s+[\`'‘“"]*no\\s+\\p{L}`, 'u')

/** Quote marks (also the Penn Treebank ``) and the complementizer before the clause itself ("that there were no …"). */
const CLAUSE_HEAD = 160
const LEAD = /^(?:["“”'‘`\s]|that\s)+/i

/** Whether the reported clause, read alone, denies its core proposition. */
export function negatedContent(content: string): boolean {
  // Every pattern is anchored at the clause start, so its first words are enough.
  const c = content.slice(0, CLAUSE_HEAD).replace(LEAD, '').toLowerCase()
  const negated = THERE_IS_NO.test(c) || NEGATIVE_SUBJECT.test(c) || DENYING_OPENER.test(c) || NEGATED_VERB.test(c) || NO_OBJECT.test(c)
  // "We have not studied it yet, but it appears to be a bluff": after "but" a clause of its own is the core.
  const after = negated ? BUT_CLAUSE.exec(c) : null
  return after ? negatedContent(c.slice(after.index + after[0].length - after[1]!.length)) : negated
}

/** "but" opening a clause with its own subject, inside the first sentence. */
const BUT_CLAUSE = /^[^.!?]*?,?\s+but\s+((?:it|we|they|he|she|i|there|this|that|the)\s)/

/** "did not deny", "never denied": the negation in front of the cue flips a denial. */
export function negatedCue(ctx: Ctx, cueFirst: number, negations: ReadonlySet<string> = NEGATION): boolean {
  for (let k = cueFirst - 1; k >= Math.max(0, cueFirst - 3); k--) {
    if (negations.has(ctx.lower(k))) return true
    if (ctx.tokens[k]!.kind === 'punct') return false
  }
  return false
}

/** How many words of a naming report may come before the name it gives ("the new charges against him"). */
const NAMED_WITHIN = 10
const FALSITY = new Set<string>(FALSITY_NOUNS)

/** "called the accusation “a fantasy”": a naming report whose name is a falsity denies what it names. */
function namesFalse(lemma: string, content: string): boolean {
  if (!NAMING.has(lemma)) return false
  return content.toLowerCase().split(/[^\p{L}]+/u).slice(0, NAMED_WITHIN).some((w) => FALSITY.has(w))
}

/**
 * A language's negation words (before a cue), its test of a negated clause, and, where its rules find
 * naming reports, its test of a name that denies.
 */
export interface PolarityWords {
  readonly negations: ReadonlySet<string>
  readonly negatedContent: (content: string) => boolean
  readonly namesFalse?: (lemma: string, content: string) => boolean
}

export const ENGLISH_POLARITY: PolarityWords = { negations: NEGATION, negatedContent, namesFalse }

/**
 * The speaker's stance on the content's core proposition read without its negation: a denial cue
 * and a negated clause each flip it, so "denied that there were no troops" asserts.
 */
export function polarityOf(ctx: Ctx, d: Draft, words: PolarityWords = ENGLISH_POLARITY): 'asserts' | 'denies' {
  // Only a denial is flipped by its negation; "could not confirm" is a hedge, not a denial.
  const denialCue = d.denial && !negatedCue(ctx, d.cue.first, words.negations)
  const content = ctx.text.slice(d.content.start, d.content.end)
  const negated = words.negatedContent(content) || (words.namesFalse?.(d.lemma, content) ?? false)
  return denialCue !== negated ? 'denies' : 'asserts'
}
