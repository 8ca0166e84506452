/**
 * Words around talks and meetings of delegations, as data.
 * Source: CAMEO's consult codes (04: "meet at a third location", "host a visit", "engage in negotiation")
 * and everyday news usage of "talks", "negotiations" and "summit", written here.
 */

/** Talks words that only join talks the article already names: "the first session", "the second round". */
export const JOIN_ONLY_TALKS = ['session', 'round'] as const

/** Plural talks nouns that are also (or mostly) something else without a determiner: "he talks about". */
export const BARE_TALKS_NOUNS = ['talks', 'negotiations'] as const

/** Words right after a bare "talks" that make it a noun: "talks between", "talks hosted by". */
export const TALKS_FOLLOWERS = ['between', 'with', 'in', 'on', 'over', 'hosted', 'brokered', 'mediated', 'aimed', 'at'] as const

/** Verbs whose object a bare "talks" is: "to host talks", "held negotiations", "joined talks". */
export const TALKS_VERBS = [
  'host', 'hosts', 'hosted', 'hosting', 'hold', 'holds', 'held', 'holding', 'attend', 'attended', 'join', 'joined',
  'resume', 'resumed', 'open', 'opened', 'began', 'begin', 'start', 'started', 'broker', 'brokered', 'mediate', 'mediated',
  'propose', 'proposed', 'offer', 'offered', 'seek', 'sought', 'in',
] as const

/** Verbs that make their subject the host of the talks: "Freedonia will host talks". */
export const HOST_VERBS = ['host', 'hosts', 'hosted', 'hosting'] as const

/** Words before a bare "talks" that make it a verb: "he talks", "who talks". */
export const TALKING_PRONOUNS = ['he', 'she', 'it', 'who', 'one', 'everyone', 'someone', 'nobody', 'anyone', 'which'] as const

/** After "talks": "hosted by X", "brokered by X" name the host or broker. */
export const HOSTED_BY = ['hosted', 'brokered', 'mediated', 'sponsored', 'organised', 'organized'] as const

/** Verbs of meeting; with a delegation-like subject they are talks ("the delegations met in Lia"). */
export const MEET_VERBS = ['meet', 'met', 'meets', 'conferred', 'confer', 'confers'] as const

/** Subjects that make a meeting talks between parties. */
export const MEETING_SUBJECTS = ['delegations', 'delegation', 'delegates', 'negotiators', 'envoys', 'mediators', 'ministers', 'sides'] as const

/** "sides" meet as parties only when counted or opposed: "the two sides", "both sides". */
export const SIDE_COUNTERS = ['two', 'both', 'warring', 'rival', 'opposing'] as const

/** Words between a meeting's subject and its verb: auxiliaries and modals; talks may be planned. */
export const MEETING_AUXILIARIES = ['would', 'will', 'to', 'are', 'were', 'is', 'was', 'shall', 'could', 'may', 'might', 'also', 'again', 'first', 'then', 'finally', 'have', 'had', 'due'] as const

/** Words that deny a meeting: "would not meet", "refused to meet". */
export const MEETING_NEGATORS = ['not', "n't", 'never', 'refused', 'declined', 'refuse', 'decline', 'cannot', 'no'] as const

/** Adverbs between "met" and what says where or when: "met face to face in Lia". */
export const MEETING_ADVERBS = ['face', 'to', 'face-to-face', 'again', 'privately', 'directly', 'briefly', 'secretly', 'formally', 'informally', 'separately', 'today'] as const

/** What may follow a meeting verb and its adverbs for it to be talks: a place, a party, a date, or the sentence end. */
export const MEETING_FOLLOWERS = ['in', 'with', 'at', 'on', 'for', '.', ',', ';'] as const
