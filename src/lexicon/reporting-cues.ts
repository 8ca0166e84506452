/**
 * Reporting cues: the verbs, nouns and phrases that introduce what someone said, wrote or believes.
 * Source: the cue classes of PARC 3.0 (Pareti 2016) and BBC Citron's cue lists, and the reporting-verb
 * lists of standard English grammars (Quirk et al., Biber et al.), written here as base forms; the
 * attribution stage inflects them ("say" → says, said, saying).
 */

/** Verbs of saying, writing and announcing that may take a bare clause or object as content. */
export const SPEECH_VERBS = [
  'say', 'tell', 'state', 'add', 'note', 'claim', 'insist', 'reveal', 'report', 'announce', 'confirm',
  'warn', 'acknowledge', 'admit', 'explain', 'argue', 'assert', 'declare', 'suggest', 'write', 'tweet',
  'ask', 'reply', 'respond', 'answer', 'comment', 'remark', 'recall', 'stress', 'emphasize', 'emphasise',
  'predict', 'promise', 'pledge', 'vow', 'threaten', 'urge', 'accuse', 'allege', 'charge', 'complain',
  'concede', 'contend', 'maintain', 'reiterate', 'repeat', 'testify', 'disclose', 'indicate', 'estimate',
  'caution', 'mention', 'observe', 'conclude', 'describe', 'criticize', 'criticise', 'praise', 'blame',
  'question', 'demand', 'propose', 'recommend', 'boast', 'counter', 'joke', 'quip', 'agree', 'affirm',
  'advise', 'inform', 'assure', 'hint', 'imply', 'speculate', 'cite', 'echo', 'decry', 'lament',
  'protest', 'object', 'exclaim', 'proclaim', 'denounce', 'condemn', 'tout',
  'posit', 'clarify', 'specify', 'elaborate', 'retort', 'shout', 'whisper', 'plead',
  'grumble', 'attest', 'certify', 'swear', 'signal', 'highlight', 'underline',
  'underscore', 'point', 'show', 'find', 'determine', 'calculate', 'forecast', 'project',
] as const

/** Verbs that reject or deny their content: the statement's polarity is "denies". */
export const DENIAL_VERBS = [
  'deny', 'reject', 'dismiss', 'refute', 'rebut', 'dispute', 'contest', 'disavow', 'repudiate', 'discount',
] as const

/** Verbs of belief, intention and expectation (PARC "thought" cues). */
export const BELIEF_VERBS = [
  'think', 'believe', 'feel', 'fear', 'hope', 'expect', 'doubt', 'suspect', 'know', 'worry', 'wonder',
  'assume', 'reckon', 'guess', 'imagine', 'want', 'learn', 'hear', 'realize', 'realise', 'anticipate',
] as const

/**
 * Verbs of stance and intent that PARC 3.0 counts as attribution cues, with a noun phrase or
 * infinitive as content ("the senator endorsed the bill", "the ministry declined to comment").
 */
export const STANCE_VERBS = [
  'support', 'endorse', 'back', 'oppose', 'defend', 'slam', 'blast', 'mock', 'seek', 'express', 'decline',
  'refuse', 'plan', 'consider', 'view', 'discuss', 'applaud', 'welcome', 'hail', 'pan', 'lambast', 'assail',
  'advocate', 'favor', 'favour', 'decide', 'intend', 'aim', 'vote', 'push', 'pledge',
] as const

/** Verbs that are cues only with their particle ("referred to", "talked about", "called for"); the particle joins the cue. */
export const PARTICLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  refer: ['to'], talk: ['about', 'of'], speak: ['about', 'of', 'out'], call: ['for', 'on'], push: ['for'],
  rail: ['against'], lash: ['out'], weigh: ['in'], come: ['out'], point: ['to', 'out'], write: ['about', 'of'],
  complain: ['about', 'of'], warn: ['of', 'about', 'against'], argue: ['for', 'against'], boast: ['about', 'of'],
}

/**
 * Irregular or consonant-doubling forms the regular rules would get wrong.
 * Base form → its other forms (past, participle, -ing, third person as needed).
 */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  hear: ['hears', 'heard', 'hearing'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecasts', 'forecasting'],
  admit: ['admits', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretting'],
  quip: ['quips', 'quipped', 'quipping'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  rebut: ['rebuts', 'rebutted', 'rebutting'],
  imply: ['implies', 'implied', 'implying'],
  reply: ['replies', 'replied', 'replying'],
  testify: ['testifies', 'testified', 'testifying'],
  clarify: ['clarifies', 'clarified', 'clarifying'],
  specify: ['specifies', 'specified', 'specifying'],
  certify: ['certifies', 'certified', 'certifying'],
  deny: ['denies', 'denied', 'denying'],
  worry: ['worries', 'worried', 'worrying'],
  guess: ['guesses', 'guessed', 'guessing'],
  echo: ['echoes', 'echoed', 'echoing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  come: ['comes', 'came', 'coming'],
  seek: ['seeks', 'sought', 'seeking'],
  plan: ['plans', 'planned', 'planning'],
  refer: ['refers', 'referred', 'referring'],
  slam: ['slams', 'slammed', 'slamming'],
  pan: ['pans', 'panned', 'panning'],
  favor: ['favors', 'favored', 'favoring'],
  rail: ['rails', 'railed', 'railing'],
}

/**
 * Cue forms that need a "that", a quotation or a colon after them to count, because their
 * bare use is usually not a report ("show", "find", "point", "charge", "project", "object").
 */
export const WEAK_CUES = [
  'show', 'find', 'point', 'charge', 'project', 'object', 'know', 'learn', 'hear', 'feel', 'want', 'signal',
  'highlight', 'underline', 'underscore', 'determine', 'calculate', 'question', 'agree', 'protest',
  'answer', 'counter', 'guess', 'imagine', 'echo', 'repeat', 'maintain', 'describe', 'praise', 'blame',
  'cite', 'expect', 'mention', 'observe', 'demand', 'promise', 'threaten', 'urge',
] as const

/**
 * Cue forms that are just as often nouns ("member states", "his remarks", "health worries"): as
 * verbs they count only with a "that", a quotation or a colon after them.
 */
export const NOUN_LIKE_FORMS = [
  'state', 'states', 'remark', 'remarks', 'comment', 'comments', 'worry', 'worries', 'report', 'reports',
  'claim', 'claims', 'answer', 'answers', 'reply', 'replies', 'charge', 'charges', 'object', 'objects',
  'project', 'projects', 'question', 'questions', 'echo', 'echoes', 'tweet', 'tweets', 'hope', 'hopes',
  'fear', 'fears', 'doubt', 'doubts', 'protest', 'protests', 'demand', 'demands', 'promise', 'promises',
  'estimate', 'estimates', 'forecast', 'forecasts', 'point', 'points', 'signal', 'signals', 'finding',
  'findings', 'reporting', 'writing', 'warning', 'warnings', 'feeling', 'feelings', 'thinking', 'learning',
  'post', 'posts', 'counter', 'note', 'notes', 'plea', 'pledge', 'pledges', 'vow', 'vows', 'quote',
  'threat', 'boast', 'joke', 'jokes', 'guess', 'concern', 'concerns', 'want', 'wants', 'call', 'calls',
  'plan', 'plans', 'back', 'view', 'views', 'vote', 'votes', 'push', 'aim', 'aims', 'pan', 'hail', 'support',
] as const

/** Nouns that carry a report when followed by a colon and a quote, or by "that" ("a statement from X: …"). */
export const NOUN_CUES = [
  'statement', 'response', 'reply', 'answer', 'comment', 'comments', 'remarks', 'message', 'words',
  'announcement', 'claim', 'claims', 'assertion', 'declaration', 'warning', 'denial', 'tweet', 'post',
  'communique', 'communiqué', 'letter', 'interview', 'testimony', 'report', 'allegation', 'retort',
] as const

/** Noun cues that deny their content ("a denial from X: …"). */
export const DENIAL_NOUNS = ['denial', 'rejection', 'rebuttal'] as const

/**
 * Multi-word cues, lower case, matched on whole tokens. Each is a full cue span
 * ("provided a figure of 24 soldiers killed": cue "provided a figure"; the rule skips the "of").
 */
export const PHRASE_CUES = [
  'according to', 'provided a figure', 'gave a figure', 'put the figure', 'put the toll', 'put the number',
  'pointed out', 'made clear', 'made it clear', 'went on to say', 'called for',
  'called on', 'spoke of', 'spoke about', 'weighed in', 'took to twitter', 'in the words of',
] as const

/** Words that, right after "according to", are not a source ("according to plan"). */
export const ACCORDING_TO_NON_SOURCES = ['plan', 'schedule', 'law', 'tradition', 'custom', 'rules', 'script'] as const

/** Words before a form of "say" that make it an adjective, not a cue ("the said document"). */
export const NON_CUE_PREDECESSORS = ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your'] as const
