/**
 * Spanish words around talks and meetings of delegations, as data, parallel to src/lexicon/talks-words.ts.
 * Source: CAMEO's consult codes (04: "meet at a third location", "host a visit", "engage in negotiation")
 * and the usage of "conversaciones", "negociaciones", "diálogo" and "cumbre" in the DLE (RAE), written here.
 */

/** Talks words that only join talks the article already names: "la primera sesión", "la segunda ronda". */
export const ES_JOIN_ONLY_TALKS = ['sesión', 'ronda'] as const

/** Plural talks nouns that need a determiner, a verb or a following party to be talks. */
export const ES_BARE_TALKS_NOUNS = ['conversaciones', 'negociaciones'] as const

/** Words right after a bare talks noun that make it the event: "conversaciones entre", "negociaciones con". */
export const ES_TALKS_FOLLOWERS = ['entre', 'con', 'en', 'sobre', 'mediadas', 'auspiciadas', 'organizadas', 'patrocinadas', 'para'] as const

/** Verbs whose object a bare talks noun is: "mantuvieron conversaciones", "acogerá negociaciones". */
export const ES_TALKS_VERBS = [
  'celebrar', 'celebraron', 'celebrarán', 'celebró', 'mantener', 'mantuvieron', 'mantienen', 'mantendrán', 'iniciar', 'iniciaron',
  'iniciarán', 'reanudar', 'reanudaron', 'abrir', 'abrieron', 'acoger', 'acogerá', 'acogió', 'albergar', 'albergará', 'albergó',
  'auspiciar', 'mediar', 'proponer', 'propuso', 'ofreció', 'ofrecer', 'retomaron', 'retomarán', 'entablaron', 'en',
] as const

/** Verbs that make their subject the host: "Freedonia acogerá las conversaciones". */
export const ES_HOST_VERBS = ['acoger', 'acogerá', 'acogió', 'acoge', 'albergar', 'albergará', 'albergó', 'alberga'] as const

/** After a talks noun: "organizadas por X", "mediadas por X" name the host or broker. */
export const ES_HOSTED_BY = [
  'organizadas', 'organizada', 'organizado', 'auspiciadas', 'auspiciada', 'auspiciado', 'mediadas', 'mediada', 'mediado',
  'patrocinadas', 'patrocinada', 'patrocinado', 'promovidas', 'promovida', 'promovido',
] as const

/** Verbs of meeting; with a delegation-like subject they are talks ("las delegaciones se reunieron en Lia"). */
export const ES_MEET_VERBS = ['reunieron', 'reunió', 'reunirán', 'reunirá', 'reúnen', 'reúne'] as const

/** Subjects that make a meeting talks between parties. */
export const ES_MEETING_SUBJECTS = ['delegaciones', 'delegación', 'delegados', 'negociadores', 'enviados', 'mediadores', 'ministros', 'cancilleres', 'partes'] as const

/** "partes" meet as parties only when counted: "las dos partes", "ambas partes". */
export const ES_SIDE_COUNTERS = ['dos', 'ambas'] as const

/** Words between a meeting's subject and its verb: the reflexive "se", auxiliaries, adverbs. */
export const ES_MEETING_AUXILIARIES = ['se', 'también', 'nuevamente', 'finalmente', 'ya', 'han', 'habían', 'van', 'a', 'volvieron', 'volverán'] as const

/** Words that deny a meeting: "no se reunieron", "se negaron a reunirse". */
export const ES_MEETING_NEGATORS = ['no', 'nunca', 'jamás', 'negaron', 'rechazaron'] as const

/** Adverbs between the verb and what says where or when: "se reunieron cara a cara en Lia". */
export const ES_MEETING_ADVERBS = ['cara', 'a', 'nuevamente', 'brevemente', 'directamente', 'hoy', 'formalmente', 'informalmente', 'separadamente', 'secretamente', 'también'] as const

/** What may follow a meeting verb for it to be talks: a place, a party, a date, or the sentence end. */
export const ES_MEETING_FOLLOWERS = ['en', 'con', 'el', 'durante', 'para', '.', ',', ';'] as const

/** A subject's own phrase between its head and the verb: "las delegaciones de ambos países". */
export const ES_MEETING_POST_MODIFIERS = ['de', 'del'] as const

/** Words that end a meeting's subject to the left. */
export const ES_MEETING_CLAUSE_STOP = ['que', 'cual', 'quien', 'cuando', 'mientras', 'pero', 'como', 'tras', 'antes', 'después'] as const
