/**
 * Words that label who a source is, by kind (government official, spokesperson, state or independent
 * media, NGO, analyst or expert, anonymous). Source: the source categories of news-sourcing studies
 * (e.g. Sigal 1973; the Reuters Institute's source typologies) and PARC 3.0 source types; written here.
 */

/** Phrases that mark an unnamed source ("a source familiar with", "spoke on condition of anonymity"). */
export const ANONYMOUS_MARKERS = [
  'anonymity', 'anonymous', 'unnamed', 'unidentified', 'familiar with', 'not authorized', 'not authorised',
  'declined to be named', 'asked not to be named', 'who did not want to be named', 'a source', 'sources',
  'insiders', 'an insider', 'people close to', 'a person close to', 'people briefed',
] as const

export const ANALYST_NOUNS = [
  'analyst', 'analysts', 'expert', 'experts', 'scholar', 'scholars', 'academic', 'academics', 'researcher',
  'researchers', 'economist', 'economists', 'historian', 'historians', 'professor', 'observers', 'observer',
  'commentator', 'commentators', 'specialist', 'specialists', 'strategist', 'strategists', 'pollster',
] as const

export const SPOKESPERSON_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'press secretary', 'press officer',
  'press office', 'a statement', 'communications director',
] as const

export const OFFICIAL_NOUNS = [
  'official', 'officials', 'minister', 'ministry', 'government', 'administration', 'president',
  'prime minister', 'secretary', 'ambassador', 'governor', 'mayor', 'senator', 'general', 'commander',
  'military', 'army', 'police', 'department', 'agency', 'chief', 'leader', 'regime', 'authorities',
  'cabinet', 'embassy', 'state department', 'pentagon', 'kremlin', 'white house', 'foreign office',
] as const

export const STATE_MEDIA_MARKERS = [
  'state media', 'state tv', 'state television', 'state-run', 'state-owned', 'state broadcaster',
  'state news agency', 'official news agency', 'government newspaper', 'state radio',
] as const

export const MEDIA_NOUNS = [
  'newspaper', 'paper', 'agency', 'broadcaster', 'television', 'tv', 'radio', 'outlet', 'magazine',
  'times', 'post', 'journal', 'news', 'reuters', 'associated press', 'afp', 'bbc', 'cnn', 'reporter',
  'reporters', 'correspondent', 'journalist', 'journalists', 'daily', 'channel',
] as const

export const NGO_NOUNS = [
  'ngo', 'charity', 'red cross', 'red crescent', 'amnesty', 'human rights watch', 'watchdog', 'monitor',
  'monitoring group', 'rights group', 'aid group', 'humanitarian', 'foundation', 'doctors without borders',
  'médecins sans frontières', 'united nations', 'un agency', 'unicef', 'unhcr',
] as const
