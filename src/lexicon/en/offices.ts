/**
 * Offices, titles and ranks that introduce a person's name in news text ("Defence Minister Ana Ruiz",
 * "Gen Jon Berg"), and the words that qualify them. Source: general English news vocabulary
 * (AP Stylebook titles and military ranks), written here.
 */

/** Head words of an office: the last word of a role phrase. */
export const OFFICE_WORDS = [
  'president', 'vice-president', 'minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'prince',
  'emir', 'sultan', 'monarch', 'dictator', 'strongman', 'governor', 'mayor', 'senator', 'congressman',
  'congresswoman', 'representative', 'lawmaker', 'legislator', 'deputy', 'ambassador', 'envoy', 'diplomat', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'director', 'chairman', 'chairwoman', 'chair',
  'commander', 'general', 'colonel', 'major', 'captain', 'lieutenant', 'admiral', 'sergeant', 'marshal',
  'officer', 'official', 'attorney', 'judge', 'prosecutor', 'mp', 'speaker', 'adviser', 'advisor',
  'negotiator', 'ceo', 'founder', 'coordinator', 'rapporteur', 'commissioner', 'inspector', 'superintendent',
] as const

/** Titles written before a given name, not a surname: "King Hussein" is not the Hussein of "Saddam Hussein". */
export const GIVEN_NAME_TITLES = ['king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'sheikh', 'pope'] as const

/** Offices whose holder leads a government, so "the Roe administration" is that government. */
export const HEAD_OFFICES = [
  'president', 'premier', 'chancellor', 'leader', 'king', 'queen', 'emir', 'sultan', 'monarch', 'dictator',
  'strongman', 'prime minister', 'supreme leader', 'head of state',
] as const

/** Words that may stand before an office word inside one role ("interim president", "foreign minister"). */
export const OFFICE_QUALIFIERS = [
  'interim', 'acting', 'former', 'ex', 'deputy', 'vice', 'prime', 'first', 'supreme', 'chief', 'senior',
  'top', 'opposition', 'de', 'facto', 'elected', 'president-elect', 'outgoing', 'incoming', 'military',
  'army', 'police', 'rebel', 'party', 'state', 'government', 'cabinet', 'press', 'foreign', 'defence',
  'defense', 'interior', 'home', 'finance', 'economy', 'health', 'justice', 'education', 'energy', 'oil',
  'trade', 'labour', 'labor', 'culture', 'communications', 'information', 'security', 'intelligence',
  'agriculture', 'transport', 'environment', 'tourism', 'industry', 'mining', 'treasury', 'attorney',
  'brigadier', 'major', 'lieutenant', 'rear', 'field', 'staff', 'parliamentary', 'regional', 'provincial',
  'general', 'secretary', 'national', 'presidential', 'ruling', 'exiled', 'veteran', 'longtime',
] as const

/** Abbreviated or short titles written straight before a name ("Gen Ana Ruiz", "Dr. Berg"). */
export const NAME_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'gen', 'lt', 'col',
  'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb',
  'sheikh', 'imam', 'rabbi', 'father', 'sister', 'pope', 'cardinal', 'archbishop', 'bishop', 'judge',
] as const

/** Honorifics are titles but not roles: "Mr Roe" says nothing about what Roe does. */
export const HONORIFICS = ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon'] as const

/** Short military titles and the rank they stand for, so the role reads as a word. */
export const RANK_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gen: 'general', lt: 'lieutenant', col: 'colonel', maj: 'major', capt: 'captain', cmdr: 'commander',
  adm: 'admiral', sgt: 'sergeant', cpl: 'corporal', pvt: 'private', gov: 'governor', sen: 'senator',
  rep: 'representative', pres: 'president', amb: 'ambassador',
}

/** Offices held in government (their holder is a member of the government of their country). */
export const GOVERNMENT_OFFICE_WORDS = [
  'president', 'vice-president', 'minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'emir',
  'sultan', 'monarch', 'dictator', 'strongman', 'ambassador', 'envoy', 'diplomat', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'general', 'colonel', 'admiral', 'commander', 'official', 'governor',
] as const

/**
 * Heads of an unnamed source ("a ministry official said", "a Kestrian diplomat who attended"): offices a
 * reporter leaves anonymous. Source: news style guides on anonymous sourcing (AP, Reuters), written here.
 */
export const UNNAMED_SOURCE_HEADS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'diplomat', 'officer', 'commander', 'aide',
  'adviser', 'advisor', 'negotiator', 'envoy', 'ambassador', 'consul', 'source', 'minister', 'lawmaker',
  'legislator', 'insider', 'detective', 'investigator', 'prosecutor', 'chief', 'pilot', 'soldier', 'sailor',
] as const

/** Modifiers an unnamed source's description may carry before its head ("senior", "defence ministry"). */
export const UNNAMED_SOURCE_MODIFIERS = [
  'senior', 'junior', 'top', 'high-ranking', 'senior-level', 'government', 'ministry', 'foreign', 'defence',
  'defense', 'interior', 'military', 'army', 'police', 'security', 'intelligence', 'presidential', 'state',
  'western', 'european', 'local', 'regional', 'federal', 'provincial', 'administration', 'embassy', 'palace',
  'party', 'rebel', 'opposition', 'press', 'border', 'health', 'justice', 'finance', 'navy', 'air', 'force',
  'deputy', 'assistant', 'aviation', 'transport', 'trade', 'energy', 'agriculture', 'education',
  'well-placed', 'well-informed', 'informed', 'reliable', 'knowledgeable', 'anonymous', 'unidentified',
  'crew', 'fighter', 'airline',
] as const
