/**
 * Hedges: words and phrases that weaken a report's certainty.
 * Source: hedge lists of Hyland (1998, "Hedging in Scientific Research Articles") and the CoNLL-2010
 * hedge-cue guidelines, narrowed to what news reports use; written here.
 */

/** Single words, lower case. */
export const HEDGE_WORDS = [
  'probably', 'possibly', 'perhaps', 'maybe', 'reportedly', 'allegedly', 'apparently', 'supposedly',
  'purportedly', 'seemingly', 'likely', 'unlikely', 'unconfirmed', 'unverified', 'presumably', 'may',
  'might', 'could', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'suggests', 'rumoured',
  'rumored', 'unclear', 'uncertain', 'estimated', 'roughly', 'approximately', 'believed',
] as const

/** Phrases, lower case, matched on the text between word boundaries. */
export const HEDGE_PHRASES = [
  'cannot confirm', 'can not confirm', "can't confirm", 'could not confirm', "couldn't confirm",
  'could not be confirmed', 'could not be verified', 'cannot be verified', 'cannot independently verify',
  'it is unclear', 'it was unclear', 'it is not clear', 'it was not clear', 'is thought to', 'is believed to',
  'are believed to', 'were believed to', 'is said to', 'are said to', 'were said to', 'may have', 'might have',
  'could have', 'not immediately clear', 'no independent confirmation',
] as const
