/**
 * Words around a noun phrase that show it acts as an agent: verbs it is the subject of ("Nairobi said",
 * "analysts note"), auxiliaries before them, adverbs that may stand between, and the prepositions that
 * make a place name a location instead ("a man in Nairobi").
 * Source: general English grammar and news reporting verbs (PARC 3.0 cue list, common forms), written here.
 */

/** Finite verb forms after which the preceding noun phrase is an agent. */
export const AGENT_VERBS = [
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'announced', 'announces', 'denied', 'denies',
  'deny', 'insisted', 'insists', 'insist', 'claimed', 'claims', 'claim', 'confirmed', 'confirms', 'confirm',
  'revealed', 'reveals', 'reported', 'reports', 'report', 'warned', 'warns', 'warn', 'accused', 'accuses',
  'accuse', 'rejected', 'rejects', 'reject', 'denounced', 'denounces', 'condemned', 'condemns', 'condemn',
  'admitted', 'admits', 'acknowledged', 'acknowledges', 'argued', 'argues', 'argue', 'noted', 'notes', 'note',
  'added', 'adds', 'believe', 'believes', 'believed', 'estimated', 'estimates', 'estimate', 'fear', 'fears',
  'feared', 'expect', 'expects', 'expected', 'suggested', 'suggests', 'suggest', 'described', 'describes',
  'describe', 'complained', 'complain', 'complains', 'decreed', 'decrees', 'ordered', 'orders', 'sent',
  'sends', 'send', 'deployed', 'deploys', 'responded', 'responds', 'replied', 'demanded', 'demands',
  'demand', 'threatened', 'threatens', 'vowed', 'vows', 'pledged', 'promised', 'agreed', 'agrees',
  'agree', 'declared', 'declares', 'called', 'calls', 'urged', 'urges', 'urge', 'asked', 'explained',
  'explains', 'wrote', 'writes', 'tweeted', 'posted', 'published', 'disclosed', 'recalled', 'recall',
  'maintained', 'maintains', 'maintain', 'provided', 'gave', 'offered', 'launched',
  'attacked', 'seized', 'captured', 'arrested', 'expelled', 'blamed', 'blames', 'blame',
  'praised', 'welcomed', 'welcomes', 'criticised', 'criticized', 'dismissed', 'questioned', 'doubt',
  'doubted', 'think', 'thinks', 'thought', 'point', 'pointed', 'predicted', 'predict', 'cautioned',
  'contend', 'contended', 'counter', 'countered', 'stressed', 'emphasised', 'emphasized', 'signalled',
  'signaled', 'hinted', 'indicated', 'conceded', 'refused', 'declined', 'decided', 'raised', 'revised',
  'lowered', 'updated', 'put', 'counted', 'listed', 'recorded', 'identified', 'acknowledges',
  'resigned', 'quit', 'stormed', 'invaded', 'raided', 'shelled', 'bombed', 'crossed', 'withdrew', 'entered',
  'detained', 'seized', 'struck', 'hosted', 'found', 'discovered', 'uncovered',
] as const

/** Auxiliaries and modals that may stand between the agent and its verb ("Nairobi has denied"). */
export const AUXILIARIES = [
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does',
  'do', 'is', 'are', 'was', 'were', 'not', 'never', 'also', 'again', 'later', 'initially', 'previously',
  'repeatedly', 'now', 'then', 'still', 'long', 'already', 'since', 'first', 'quickly', 'swiftly',
] as const

/** Sentence adverbs between a subject and its verb: "Kenya meanwhile denied", "officials, however, said". */
export const PREVERBAL_ADVERBS = ['meanwhile', 'however', 'too', 'earlier', 'separately', 'instead', 'yesterday', 'today', 'likewise'] as const

/**
 * The first word of a longer aside between a subject and its verb: a participle or a relative pronoun,
 * "Kenya, worried about the fighting on its border, urged …", "Chile, which borders the zone, said …".
 */
export const ASIDE_OPENER = /^(?:[a-z]{3,}(?:ed|ing)|who|which)$/

/** Prepositions that make a following place name a location, never an agent. */
export const LOCATIVE_PREPOSITIONS = [
  'in', 'at', 'near', 'to', 'from', 'into', 'outside', 'inside', 'around', 'across', 'through', 'toward',
  'towards', 'via', 'of', 'over', 'under', 'between', 'within', 'beyond', 'visit', 'visited', 'visiting',
  'flew', 'arrived', 'left',
] as const

/** "and", "but" before a verb whose subject is the clause's: "Kenya moved troops and said …". */
export const VERB_COORDINATORS = ['and', 'but'] as const

/** Words opening a clause of its own: a verb after them has another subject ("… when the minister came and said"). */
export const CLAUSE_OPENERS = [
  'when', 'who', 'whom', 'whose', 'which', 'that', 'after', 'before', 'because', 'while', 'if', 'where', 'as',
  'since', 'until', 'although', 'though', 'whether',
] as const
