/**
 * Function words the attribution rules use to find where a speaker or a reported clause starts and
 * ends without a tagger. Source: closed-class word lists of standard English grammars (Quirk et al.,
 * "A Comprehensive Grammar of the English Language"), written here.
 */

/** Words that open a new clause: a speaker never reaches back past them. */
export const CLAUSE_OPENERS = [
  'that', 'because', 'while', 'although', 'though', 'whereas', 'but', 'or', 'if', 'when', 'after',
  'before', 'since', 'as', 'where', 'unless', 'until', 'which', 'who', 'whom', 'than', 'yet', 'whether',
  'so', 'nor', 'once', 'whereby', 'how', 'why', 'what', 'even',
] as const

/** Sentence adverbs and connectives dropped from the start of a speaker span. */
export const LEADING_CONNECTIVES = [
  'and', 'but', 'so', 'yet', 'also', 'meanwhile', 'however', 'now', 'later', 'then', 'still', 'instead',
  'indeed', 'earlier', 'separately', 'similarly', 'previously', 'moreover', 'furthermore', 'subsequently',
  'initially', 'finally', 'again', 'already', 'today', 'yesterday', 'tonight',
] as const

/** Auxiliaries and adverbs that sit between a speaker and the cue verb ("has also said"). */
export const PRE_CUE_WORDS = [
  'has', 'have', 'had', 'also', 'later', 'previously', 'repeatedly', 'again', 'recently', 'then', 'once',
  'publicly', 'privately', 'first', 'initially', 'earlier', 'now', 'already', 'often', 'frequently',
  'long', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not',
  "n't", 'never', 'always', 'flatly', 'firmly', 'strongly', 'categorically', 'immediately', 'quickly',
  'swiftly', 'openly', 'explicitly', 'reportedly', 'allegedly', 'apparently', 'simply', 'just', 'further',
  'still', 'even', 'wrongly', 'falsely', 'correctly', 'rightly', 'emphatically', 'angrily',
  'vehemently', 'consistently', 'officially', 'separately', 'subsequently', 'finally', 'ultimately',
] as const

export const BE_FORMS = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am'] as const

export const NEGATIONS = ['not', "n't", 'never', 'no', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot'] as const

/** Prepositions that may open a fronted phrase before the speaker ("On Monday the ministry said"). */
export const PREPOSITIONS = [
  'on', 'in', 'at', 'during', 'after', 'before', 'by', 'for', 'since', 'until', 'from', 'with', 'without',
  'over', 'under', 'amid', 'despite', 'following', 'about', 'into', 'through', 'across', 'to', 'of',
] as const

/** Prepositions that continue a noun phrase ("a spokesman for the ministry", "the head of police"). */
export const NOUN_PHRASE_PREPOSITIONS = ['of', 'for', 'at', 'from', 'with', 'in'] as const

export const DETERMINERS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'some', 'many', 'several', 'both', 'all', 'most', 'other', 'another', 'each', 'one', 'two', 'three',
] as const

export const PERSONAL_PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'i', 'you'] as const

/** Words that, ending a would-be speaker span, show it is not a noun phrase. */
export const NON_HEAD_WORDS = [
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'that', 'this', 'not', 'also', 'there', 'here', 'what', 'which',
  'who', 'whom', 'if', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'has', 'have', 'had',
] as const
