import type { Quote } from '../../model/annotations.js'
import type { TokenView } from '../../model/token-view.js'
import type { CueForm } from './cue-lexicon.js'

/** A token range [first, end) into `doc.tokens`. */
export interface TokenRange {
  readonly first: number
  readonly end: number
}

/** What a rule found, before speakers, polarity, hedges and time are worked out. */
export interface Draft {
  readonly rule: string
  /** The cue's head word (or phrase): what the lexicon matched. */
  readonly cue: TokenRange
  /** The full cue as shown, when it reaches past the head ("has also said", "referring to", "said in a statement"). */
  readonly cueSpan?: TokenRange
  /** The whole speaker span, or none (a passive or a lost subject). */
  readonly source?: TokenRange
  /** Part of the source that is a chain link: "state TV" in "state TV, citing the ministry". */
  readonly via?: TokenRange
  /** Content as character offsets, since direct quotes may run past token and sentence ends. */
  readonly content: { readonly start: number; readonly end: number }
  readonly mode: 'direct' | 'indirect' | 'mixed'
  /** The cue's base form ("say" for "said"), or the phrase itself. */
  readonly lemma: string
  readonly denial: boolean
  /** The cue's tense when the rule knows it (Spanish); otherwise it is looked up from the English lexicon. */
  readonly form?: CueForm
  /** The subject is left out ("Afirmó que …"): the speaker is the previous statement's. */
  readonly elidedSubject?: boolean
  /** A past perfect report ("había negado"), when the rule saw its auxiliary. */
  readonly pastPerfect?: boolean
}

/**
 * The shared token view (`doc.view`) with what only attribution asks of quotations: the list, each by
 * the offset of its opening mark and of the end of its closing mark, and which tokens lie inside one of
 * several words (their cues are the quoted speaker's, not the article's).
 */
export interface Ctx extends TokenView {
  readonly quotes: readonly Quote[]
  readonly quoteAt: ReadonlyMap<number, Quote>
  readonly quoteEnd: ReadonlyMap<number, Quote>
  inQuote(i: number): boolean
}
