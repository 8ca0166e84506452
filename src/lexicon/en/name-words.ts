/**
 * Words that decide whether a capitalized sequence is a person's name.
 * Source: general English orthography and naming conventions (particles of Romance, Germanic and
 * Arabic names; calendar words; place-name words), written here.
 */

/** Lower-case particles inside a name: "Ana de la Cruz", "Jan van Dijk", "Ali bin Said". */
/** Generational suffixes after a surname ("James Baker III", "Ana Ruiz Jr."): part of the mention, not of the name. */
export const NAME_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'] as const

export const NAME_PARTICLES = [
  'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter',
  'bin', 'ibn', 'al', 'el', 'y', 'e', 'bint', 'abu',
] as const

/** Capitalized words that are never part of a person's name. */
export const NOT_NAME_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'of', 'to',
  'and', 'but', 'or', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'during', 'why',
  'what', 'who', 'how', 'where', 'there', 'here', 'then', 'last', 'next', 'no', 'not', 'yes', 'all',
  'photograph', 'photo', 'reuters', 'afp', 'ap', 'getty', 'images', 'god', 'allah', 'christmas', 'easter',
  'ramadan', 'internet', 'twitter', 'facebook', 'covid', 'street', 'avenue', 'square',
] as const

/**
 * Prepositions, conjunctions and pronouns a headline or a sentence start capitalizes, never part of a
 * person's name: "Despite Roe", "Though Ana Roe said", "Something About Ana Roe".
 */
export const NOT_NAME_FUNCTION_WORDS = [
  'about', 'above', 'across', 'against', 'along', 'amid', 'amidst', 'among', 'amongst', 'around', 'behind',
  'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'despite', 'except', 'inside', 'into', 'onto',
  'outside', 'regarding', 'through', 'throughout', 'toward', 'towards', 'under', 'unlike', 'upon', 'versus',
  'via', 'within', 'without', 'although', 'though', 'because', 'unless', 'whereas', 'whether', 'nor',
  'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'something', 'someone',
  'nothing', 'everyone', 'everything', 'anyone', 'some', 'most', 'several', 'both', 'each', 'every', 'another',
  'whatever', 'whoever', 'whichever', 'wherever', 'whenever',
] as const

/**
 * Words that may end a surname ("Dan Rather", "Ana Still") but never start a name: sentence adverbs,
 * quantifiers, party labels and office words written before a name ("So Roe", "Republican Ana Roe",
 * "Secretary of State Ana Roe", "Justice Roe").
 */
export const NOT_NAME_STARTS = [
  'so', 'yet', 'still', 'also', 'instead', 'indeed', 'now', 'even', 'only', 'just', 'perhaps', 'maybe',
  'finally', 'earlier', 'later', 'again', 'thus', 'therefore', 'hence', 'otherwise', 'rather', 'already',
  'soon', 'recently', 'currently', 'previously', 'yesterday', 'today', 'tomorrow', 'tonight', 'many', 'few',
  'any', 'other', 'like', 'near', 'off', 'over', 'past', 'republican', 'republicans', 'democrat', 'democrats',
  'democratic', 'gop', 'state', 'justice', 'super',
] as const

/** First words of place names, so "New Carthage" or "San Lorenzo" are not a person. */
export const PLACE_LEAD_WORDS = [
  'new', 'san', 'santa', 'santo', 'são', 'los', 'las', 'el', 'port', 'fort', 'saint', 'st', 'mount', 'lake',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper',
  'lower', 'great', 'little', 'greater', 'cape', 'gulf', 'bay', 'isla', 'puerto', 'ciudad', 'rio', 'inland',
] as const

/** Last words of place and building names: "Wall Street", "Red Square", "Green Valley". */
export const PLACE_HEAD_WORDS = [
  'street', 'avenue', 'road', 'square', 'city', 'island', 'islands', 'valley', 'river', 'sea', 'ocean',
  'mountains', 'hills', 'province', 'state', 'region', 'county', 'district', 'airport', 'port', 'palace',
  'house', 'hall', 'bridge', 'park', 'strait', 'canal', 'desert', 'peninsula', 'coast', 'beach', 'hotel',
] as const

/** Nouns naming someone by their tie to a named person: "Ruiz's stepmother", "Ruiz's lawyer". */
export const RELATION_NOUNS = [
  'father', 'mother', 'stepfather', 'stepmother', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband',
  'widow', 'widower', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandfather', 'grandmother', 'grandson',
  'granddaughter', 'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'partner', 'lawyer', 'attorney', 'friend',
  'neighbor', 'neighbour', 'doctor', 'landlord', 'employer',
] as const
