import type { Actor } from '../../model/annotations.js'
import type { Placed } from './actors.js'
import type { TokenText } from './token-text.js'

/**
 * Rule `group-word`: a group the mentions stage found where it spoke or acted ("the kidnappers demanded")
 * is the same group wherever the article names it again by its one word ("Kidnappers kept their promise",
 * "the rebels attacked"): each other occurrence of that word, in any case, is a mention of it for the event
 * rules. A word two groups share names neither; a word inside another actor's mention stays theirs.
 */
export function groupWordMentions(tt: TokenText, actors: readonly Actor[]): Placed[] {
  const owner = new Map<string, Actor | null>()
  for (const a of actors) {
    if (a.type !== 'group') continue
    for (const m of a.mentions) {
      const word = m.text.toLowerCase()
      if (/^\p{L}+$/u.test(word)) owner.set(word, owner.has(word) && owner.get(word) !== a ? null : a)
    }
  }
  if (owner.size === 0) return []
  const covered = new Set<number>()
  for (const m of actors.flatMap((a) => a.mentions)) {
    for (let k = tt.tokenAt(m.start); k < tt.tokens.length && tt.tokens[k]!.start < m.end; k++) covered.add(k)
  }
  const out: Placed[] = []
  tt.tokens.forEach((t, k) => {
    const actor = t.kind === 'word' && !covered.has(k) ? owner.get(tt.lower(k)) : undefined
    if (actor) out.push({ start: t.start, end: t.end, actor })
  })
  return out
}
