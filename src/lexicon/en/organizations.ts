/**
 * How organizations are named in news text: the head word that ends ("Freedonian Defence Ministry",
 * "Acme Corp") or begins ("Ministry of the Interior") a capitalized name, and the lower-case forms of
 * state institutions ("the interior ministry", "state TV", "the army").
 * Source: general English news vocabulary, written here.
 */

/** Last word of a capitalized organization name. */
export const ORG_HEAD_WORDS = [
  'ministry', 'department', 'party', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'council',
  'agency', 'committee', 'commission', 'court', 'tribunal', 'front', 'movement', 'alliance', 'coalition',
  'union', 'federation', 'association', 'organization', 'organisation', 'bank', 'fund', 'corp',
  'corporation', 'inc', 'ltd', 'llc', 'plc', 'group', 'company', 'co', 'holdings', 'times', 'post',
  'news', 'tv', 'television', 'radio', 'press', 'herald', 'journal', 'gazette', 'tribune', 'telegraph',
  'broadcasting', 'network', 'institute', 'university', 'foundation', 'watch', 'international',
  'assembly', 'parliament', 'congress', 'senate', 'office', 'service', 'services', 'bureau', 'command',
  'brigade', 'battalion', 'militia', 'church', 'board', 'authority', 'secretariat', 'mission', 'cross',
  'crescent', 'nations', 'observatory', 'center', 'centre', 'club', 'league', 'coastguard',
] as const

/** Heads that open a name followed by "of": "Ministry of the Interior", "Council of Ministers". */
export const ORG_HEAD_FIRST_WORDS = [
  'ministry', 'department', 'council', 'bank', 'court', 'office', 'union', 'organization', 'organisation',
  'league', 'federation', 'association', 'institute', 'university', 'committee', 'commission',
  'secretariat', 'bureau', 'house', 'chamber', 'assembly', 'army', 'party', 'front',
] as const

/** Lower-case nouns set beside an outlet's name: "the Vardo newspaper", "the daily Vardo". */
export const OUTLET_NOUNS = ['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster'] as const

/** Portfolio words of a ministry ("the interior ministry", "the ministry of defence"). */
export const MINISTRY_PORTFOLIOS = [
  'interior', 'defence', 'defense', 'foreign', 'home', 'finance', 'health', 'justice', 'education',
  'energy', 'oil', 'trade', 'labour', 'labor', 'culture', 'communications', 'information', 'security',
  'intelligence', 'agriculture', 'transport', 'environment', 'tourism', 'industry', 'economy', 'treasury',
  'foreign affairs', 'internal affairs', 'public security', 'state security',
] as const

/** Lower-case state media forms, normalized to one name each: "state TV" and "state television" are one outlet. */
export const STATE_MEDIA_FORMS: Readonly<Record<string, string>> = {
  'state tv': 'state TV', 'state television': 'state TV', 'state-run television': 'state TV',
  'state-run tv': 'state TV', 'state broadcaster': 'state broadcaster', 'state radio': 'state radio',
  'state media': 'state media', 'state-run media': 'state media', 'state-controlled media': 'state media',
  'state news agency': 'state news agency', 'official news agency': 'state news agency',
  'state-run news agency': 'state news agency', 'state newspaper': 'state newspaper',
  'state-run newspaper': 'state newspaper', 'official newspaper': 'state newspaper',
}

/** Collective armed and security institutions of a country: "the Freedonian military" is one organization. */
export const ARMED_FORCE_FORMS: Readonly<Record<string, string>> = {
  military: 'armed forces', 'armed forces': 'armed forces', army: 'army', navy: 'navy', 'air force': 'air force',
  'security forces': 'security forces', police: 'police', 'coast guard': 'coast guard', coastguard: 'coast guard',
  'border guard': 'border guard', 'border police': 'border guard', 'armed services': 'armed forces',
  'intelligence services': 'intelligence services', 'intelligence service': 'intelligence services',
  'national guard': 'national guard',
}
