/**
 * Words that tell a quoted clause or verb phrase ("he said the army had “lied to us for years”") from a
 * quoted noun, adjective or prepositional phrase ("he called it “a tragic mistake”"). The first makes a
 * report mixed, the second leaves it indirect. Source: closed-class word lists of standard English
 * grammars (Quirk et al.) and the common irregular past forms, written here.
 */

/** Auxiliaries, modals and copulas: a quotation holding one is a clause or verb phrase. */
export const FINITE_VERBS = [
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'cannot', "'s", "'re", "'ve", "'ll", "'d",
  "’s", "’re", "’ve", "’ll", "’d", "n't", "n’t", 'wo', 'ca',
] as const

/** Words that open a clause at the start of a quotation: subordinators and subject pronouns. */
export const QUOTED_CLAUSE_OPENERS = [
  'if', 'as', 'because', 'unless', 'until', 'when', 'while', 'that', 'whether', 'although', 'though',
  'i', 'we', 'he', 'she', 'they',
] as const

/** Common irregular past forms: a quotation opening with one is a verb phrase ("“fell heroically”"). */
export const IRREGULAR_PAST_FORMS = [
  'fell', 'went', 'came', 'took', 'gave', 'made', 'said', 'told', 'began', 'broke', 'brought', 'bought',
  'chose', 'drove', 'fought', 'found', 'fled', 'forgot', 'got', 'hid', 'held', 'kept', 'knew', 'left', 'lost',
  'meant', 'met', 'ran', 'rose', 'sent', 'shot', 'sought', 'spoke', 'stole', 'stood', 'struck', 'swore',
  'thought', 'threw', 'understood', 'won', 'wrote', 'done', 'gone', 'given', 'taken', 'shown', 'known',
] as const

/** Words that may follow a verb opening a quotation: its object's determiner, a pronoun or a particle. */
export const VERB_FOLLOWERS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'us', 'them', 'him', 'me', 'it', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'up',
  'down', 'out', 'off', 'away', 'back', 'over', 'about', 'against', 'all', 'every', 'no', 'any',
] as const

/** A contracted auxiliary or negation inside one token: "haven't", "it's", "we'll". */
export const CONTRACTED_FINITE = /n['’]t$|^(?:i|you|we|they|he|she|it|that|there|who|what)['’](?:s|re|ve|ll|d|m)$/

/** Participles and gerunds, by their ending: "kidnapped", "striking". */
export const PARTICIPLE_ENDING = /..(?:ed|ing)$/

/** Manner adverbs, by their ending: "practically", "deeply". */
export const ADVERB_ENDING = /...ly$/

/** The infinitive marker: "to “turn the gulf into a lake”" opens a verb phrase. */
export const INFINITIVE_MARKERS = ['to'] as const
