/**
 * Reporting cues: the verbs, nouns and phrases that introduce what someone said, wrote or believes.
 * Source: the cue classes of PARC 3.0 (Pareti 2016) and BBC Citron's cue lists, and the reporting-verb
 * lists of standard English grammars (Quirk et al., Biber et al.) and Levin's (1993) verbs of communication
 * (class 37, with the manner-of-speaking verbs of 37.3), written here as base forms; the
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
  'posit', 'clarify', 'specify', 'elaborate', 'retort', 'shout', 'whisper', 'plead', 'chant', 'yell', 'scream',
  'grumble', 'attest', 'certify', 'swear', 'signal', 'highlight', 'underline',
  'underscore', 'point', 'show', 'find', 'determine', 'calculate', 'forecast', 'project', 'continue',
  'post', 'read', 'call', 'reassure', 'remind', 'quote', 'paraphrase', 'recount', 'acknowledge',
] as const

/** Verbs that reject or deny their content: the statement's polarity is "denies". */
export const DENIAL_VERBS = [
  'deny', 'reject', 'dismiss', 'refute', 'rebut', 'dispute', 'contest', 'disavow', 'repudiate', 'discount',
] as const

/** Verbs of belief, intention and expectation (PARC "thought" cues). */
export const BELIEF_VERBS = [
  'think', 'believe', 'feel', 'fear', 'hope', 'expect', 'doubt', 'suspect', 'know', 'worry', 'wonder',
  'assume', 'reckon', 'guess', 'imagine', 'want', 'learn', 'hear', 'realize', 'realise', 'anticipate',
  'understand', 'remember', 'recognize', 'recognise', 'accept', 'figure', 'regard', 'deem', 'see', 'trust',
  'prefer', 'wish', 'notice', 'forget', 'distrust', 'admire', 'dislike', 'suppose', 'presume',
] as const

/** Verbs of seeming: the subject's own stance, shown rather than said ("seemed ready to sign"). */
export const SEEMING_VERBS = ['seem', 'appear'] as const

/**
 * Verbs of stance and intent that PARC 3.0 counts as attribution cues, with a noun phrase or
 * infinitive as content ("the senator endorsed the bill", "the ministry declined to comment").
 */
export const STANCE_VERBS = [
  'support', 'endorse', 'back', 'oppose', 'defend', 'slam', 'blast', 'mock', 'seek', 'express', 'decline',
  'refuse', 'plan', 'consider', 'view', 'discuss', 'applaud', 'welcome', 'hail', 'pan', 'lambast', 'assail',
  'advocate', 'favor', 'favour', 'decide', 'intend', 'aim', 'vote', 'push', 'pledge',
  'attack', 'thank', 'congratulate', 'encourage', 'persuade', 'convince', 'challenge', 'portray',
  'characterize', 'characterise', 'label', 'brand', 'dub', 'liken', 'compare', 'credit', 'celebrate',
  'cheer', 'champion', 'embrace', 'ridicule', 'deride', 'fault', 'chide', 'scold', 'rebuke', 'berate',
  'offer', 'elect', 'nominate', 'request', 'order', 'invite', 'insult', 'tease', 'taunt', 'laud',
  'commend', 'salute', 'disparage', 'belittle', 'dismiss', 'downplay', 'minimize', 'promote',
] as const

/**
 * Verbs of intention, expectation and stance whose content may be a bare to-infinitive
 * ("vowed to fight on", "hopes to win the state", "declined to comment").
 */
export const INFINITIVE_CUES = [
  'hope', 'want', 'expect', 'plan', 'seek', 'intend', 'refuse', 'decline', 'promise', 'vow', 'pledge',
  'threaten', 'agree', 'aim', 'claim', 'offer', 'decide', 'wish', 'prefer', 'propose', 'demand', 'vote',
  'push', 'ask', 'urge', 'encourage', 'persuade', 'convince', 'invite', 'order', 'request', 'call',
  'challenge', 'remind', 'tell', 'warn', 'advise', 'swear', 'predict',
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
  see: ['sees', 'saw', 'seen', 'seeing'],
  understand: ['understands', 'understood', 'understanding'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  read: ['reads', 'reading'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  prefer: ['prefers', 'preferred', 'preferring'],
  figure: ['figures', 'figured', 'figuring'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  berate: ['berates', 'berated', 'berating'],
  commend: ['commends', 'commended', 'commending'],
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
  'cite', 'expect', 'mention', 'observe', 'demand', 'promise', 'threaten', 'urge', 'continue', 'post',
  'read', 'call', 'see', 'accept', 'figure', 'regard', 'trust', 'offer', 'order', 'request', 'invite',
  'remember', 'forget', 'notice', 'recognize', 'recognise', 'understand', 'compare', 'credit', 'brand',
  'label', 'promote', 'elect', 'nominate', 'challenge', 'quote', 'cheer', 'dismiss', 'wish', 'prefer',
  'remind', 'reassure', 'suppose', 'embrace', 'champion', 'celebrate', 'attack', 'thank', 'decide',
] as const

/**
 * Weak cues that never report a bare noun phrase, even after a named subject ("Ruiz showed the
 * way", "she read the list"). Other weak cues do after a name or pronoun ("Ruiz praised the plan").
 */
export const NO_BARE_OBJECT = [
  'show', 'find', 'point', 'charge', 'project', 'object', 'signal', 'highlight', 'underline', 'underscore',
  'determine', 'calculate', 'read', 'post', 'continue', 'order', 'offer', 'request', 'invite', 'quote',
  'figure', 'know', 'learn', 'hear', 'feel', 'notice', 'forget', 'guess', 'imagine', 'counter', 'protest',
  'observe', 'remind', 'reassure', 'suppose', 'decide', 'see', 'repeat', 'echo', 'answer', 'accept',
  'remember', 'understand', 'cite', 'wish', 'call',
] as const

/**
 * Weak cues that name their object something ("called Ruiz a liar", "branded the plan “reckless”"): a
 * report when a second phrase, opening on "a"/"an" or a quotation, follows the object.
 */
export const NAMING_CUES = ['call', 'brand', 'dub', 'label', 'term'] as const

/** What naming a claim denies it: "called the report a lie", "branded the charges a fabrication". */
export const FALSITY_NOUNS = [
  'lie', 'lies', 'fantasy', 'fabrication', 'fabrications', 'hoax', 'falsehood', 'falsehoods', 'myth', 'nonsense',
  'fiction', 'invention', 'slander', 'smear', 'farce', 'sham',
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
  'attack', 'attacks', 'offer', 'offers', 'order', 'orders', 'request', 'requests', 'challenge', 'challenges',
  'label', 'labels', 'brand', 'credit', 'cheer', 'cheers', 'read', 'reads', 'figure', 'figures', 'wish',
  'wishes', 'insult', 'insults', 'quote', 'quotes', 'champion', 'regard', 'trust', 'see',
] as const

/** Cues that report without a source in the passive ("it was reported that", "is expected to"). */
export const PASSIVE_CUES = [
  'say', 'report', 'expect', 'believe', 'think', 'rumor', 'rumour', 'allege', 'estimate', 'predict', 'project',
  'know', 'understand', 'suspect', 'fear', 'claim', 'announce', 'confirm', 'ask', 'tell', 'urge', 'see',
  'consider', 'assume', 'forecast', 'anticipate', 'suggest', 'argue', 'deny', 'reveal', 'warn', 'advise',
] as const

/** Verbs whose object is described by an "as" phrase ("described the plan as a disaster"). */
export const AS_COMPLEMENT_CUES = [
  'describe', 'portray', 'characterize', 'characterise', 'see', 'regard', 'view', 'label', 'brand',
  'slam', 'praise', 'criticize', 'criticise', 'dismiss', 'hail', 'tout', 'denounce', 'condemn', 'reject',
  'deride', 'ridicule', 'mock', 'blast', 'pan', 'defend', 'cite',
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
  'placed the blame on', 'places the blame on', 'put the blame on', 'puts the blame on', 'laid the blame on',
  'lays the blame on', 'pinned the blame on', 'pins the blame on',
] as const

/** Multi-word cues that rule their content out: the statement's polarity is "denies". Every form is listed. */
export const DENIAL_PHRASE_CUES = ['rule out', 'rules out', 'ruled out', 'ruling out'] as const

/** Words that, right after "according to", are not a source ("according to plan"). */
export const ACCORDING_TO_NON_SOURCES = ['plan', 'schedule', 'law', 'tradition', 'custom', 'rules', 'script'] as const

/** Words before a cue form that make it an adjective or a noun, not a cue ("the said document", "no plans"). */
export const NON_CUE_PREDECESSORS = ['no', 'the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your'] as const

/**
 * Section and editorial labels that end in a colon at a line start but name no speaker ("UPDATE:",
 * "Editor's note:", "Photos:"). Source: common newsroom style-guide labels, written here.
 */
export const EDITORIAL_LABELS = [
  'update', 'updated', 'updates', 'note', 'notes', "editor's", 'editor’s', 'editors', 'correction', 'clarification',
  'disclosure', 'disclaimer', 'watch', 'video', 'videos', 'photo', 'photos', 'image', 'images', 'gallery', 'audio',
  'listen', 'read', 'related', 'see', 'also', 'more', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment',
  'commentary', 'editorial', 'live', 'source', 'sources', 'credit', 'credits', 'caption', 'warning', 'spoiler',
  'subscribe', 'transcript', 'background', 'timeline', 'summary', 'context', 'key', 'points', 'facts', 'fact',
  'check', 'factbox', 'explainer', 'q', 'a', 'question', 'answer', 'tags', 'topics', 'contact', 'email', 'follow',
  'twitter', 'advertisement', 'sponsored', 'partner', 'content', 'by', 'posted', 'published', 'filed', 'date',
  'dateline', 'location', 'where', 'when', 'what', 'why', 'how', 'who', 'sign', 'up', 'click', 'here',
] as const
