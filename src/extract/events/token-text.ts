import type { Token } from '../../model/annotations.js'

/**
 * Read-only word access over the shared tokens, for the event and casualty rules.
 * Lower-cased words are computed once per token on demand, so rules may ask freely.
 */
export class TokenText {
  private readonly lowered: (string | undefined)[]

  constructor(readonly text: string, readonly tokens: readonly Token[]) {
    this.lowered = new Array(tokens.length)
  }

  word(i: number): string {
    const t = this.tokens[i]
    return t ? this.text.slice(t.start, t.end) : ''
  }

  lower(i: number): string {
    if (i < 0 || i >= this.tokens.length) return ''
    return (this.lowered[i] ??= this.word(i).toLowerCase())
  }

  isCapitalized(i: number): boolean {
    const t = this.tokens[i]
    return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(this.text[t.start]!)
  }

  /** Index of the first token starting at or after `offset` (tokens.length when none). */
  tokenAt(offset: number): number {
    let lo = 0
    let hi = this.tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.tokens[mid]!.start < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/**
 * Lower-case multi-word phrases matched on tokens, longest first. A phrase word may also be
 * punctuation ("-"), since punctuation is a token of its own.
 */
export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, { words: readonly string[]; value: V }[]>()

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ')
      const list = this.byFirst.get(words[0]!) ?? []
      list.push({ words, value })
      list.sort((a, b) => b.words.length - a.words.length)
      this.byFirst.set(words[0]!, list)
    }
  }

  static of(phrases: readonly string[]): PhraseSet<true> {
    return new PhraseSet(phrases.map((p) => [p, true] as const))
  }

  static from<V>(record: Readonly<Record<string, V>>): PhraseSet<V> {
    return new PhraseSet(Object.entries(record))
  }

  /** The longest phrase starting at token `i` and ending before `limit`, as [endToken, value], or null. */
  match(tt: TokenText, i: number, limit = tt.tokens.length): readonly [number, V] | null {
    const list = this.byFirst.get(tt.lower(i))
    if (!list) return null
    for (const { words, value } of list) {
      if (i + words.length > limit) continue
      let k = 1
      while (k < words.length && tt.lower(i + k) === words[k]) k++
      if (k === words.length) return [i + k, value]
    }
    return null
  }

  /** The longest phrase ending just before token `end` (exclusive), as [startToken, value], or null. */
  matchBefore(tt: TokenText, end: number, floor = 0): readonly [number, V] | null {
    let best: readonly [number, V] | null = null
    for (let start = end - 1; start >= Math.max(floor, end - 5); start--) {
      const m = this.match(tt, start, end)
      if (m && m[0] === end) best = [start, m[1]]
    }
    return best
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((e) => e.words.length === 1) ?? false
  }
}
