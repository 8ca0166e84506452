import type { Token } from '../../model/annotations.js'
import type { CountryFormKind, CountryMatch } from '../../lexicon/en/countries.js'

type Words = ReadonlySet<string>
/** Word → the English word the rules name actors with, so ids agree across languages ("analistas" → "analysts"). */
type Glosses = ReadonlyMap<string, string>

/** The pattern of a role led by one of `heads` (folded phrases), before an owner linked by one of `links`. */
export function headOfficePattern(heads: readonly string[], links: readonly string[]): RegExp {
  const head = heads.map((h) => h.replace(/ /g, '\\s+')).join('|')
  return new RegExp(`^(?:${head})(?:\\s|$)|(?:^|\\s)(?:${head})(?:$|\\s+(?:${links.join('|')})\\b)`)
}

/** How a verb form may follow its subject: a finite form alone, a participle or infinitive only after an auxiliary. */
export interface VerbForm {
  readonly kind: 'finite' | 'participle' | 'infinitive'
  /** Acts only with the complementizer after it: "Kenya repeated that …", not "Kenya repeated the mistake". */
  readonly weak: boolean
}

/** Words around a phrase that show it is the agent of its clause ("Nairobi said", "según Quito"). */
export interface AgentWords {
  readonly verbs: ReadonlyMap<string, VerbForm>
  /** What a weak verb needs after it ("that"). */
  readonly complementizer: string
  /** Verbs before an inverted subject that closes its clause ("…, said residents."). */
  readonly inverted: Words
  /** Phrases right before an agent: "by", "according to", "según". */
  readonly introducers: readonly (readonly string[])[]
  /** Articles an inverted subject may open with ("dijeron los analistas"). */
  readonly invertedArticles: Words
  /** After a participle, the agent of a passive: "troops sent by Nairobi" is not Nairobi acting. */
  readonly passiveBy: Words
  /** Auxiliaries between subject and verb; after one a participle or infinitive acts ("ha negado"). */
  readonly auxiliaries: Words
  /** Links of a periphrasis, only after an auxiliary: "volvió a negar", "acaba de anunciar". */
  readonly periphrasis: Words
  /** Adverbs and clitics between subject and verb ("also", "ya lo"). */
  readonly preverbal: Words
  readonly adverbEnding: RegExp
  /** Words that may stand between subject and verb. */
  readonly maxBetween: number
  /** "on" before a day: "Nairobi on Monday denied" (one adverb). */
  readonly dateIntroducers: Words
  readonly calendarWords: Words
  /** Whether a short parenthetical between commas may follow the subject: "Quito, por su parte, negó". */
  readonly parenthetical: boolean
  /** The first word of a longer aside there: a participle or relative pronoun ("Kenya, worried about …, urged"). */
  readonly asideOpener: RegExp
  /** Prepositions and verbs of place before a phrase: it is a location, never an agent ("in Nairobi"). */
  readonly locatives: Words
  /** Prepositions of a place phrase between a subject and its verb: "officials in Lima said". */
  readonly placeAfter: Words
  /** Words opening a time phrase before a calendar word ("este lunes", "el martes"). */
  readonly timeLeads: Words
  /** "and", "but" joining a second verb to the subject's clause ("Kenya moved troops and said"). */
  readonly verbCoordinators: Words
  /** Words opening another clause, whose verbs have their own subject ("when", "who", "que"). */
  readonly clauseOpeners: Words
}

/** Words that decide whether a capitalized run is a person's name. */
export interface NameWords {
  readonly particles: Words
  /** Generational suffixes closing a name's mention, lower case without a full stop: "jr", "iii". */
  readonly suffixes: Words
  /** First and last words of place names ("New Carthage", "Wall Street"). */
  readonly placeLead: Words
  readonly placeHead: Words
  /** Words right before a run that make it the title of a thing ("La Nueva Era"). */
  readonly notAfter: Words
  /** "as" in "as US president, … Roe": a role stated before the next person named. */
  readonly asWords: Words
  /** Determiners owning a role: "its spokesman, Ana Ruiz". */
  readonly ownerPronouns: Words
  /** Nouns naming someone by their tie to a named person, with the English word: "Ruiz's lawyer", "el padre de Ruiz". */
  readonly relationNouns: Glosses
}

/** Offices and the words around them in a role phrase ("the interim president of Kenya", "el ministro de Defensa cubano"). */
export interface RoleWords {
  readonly offices: Words
  /** Abbreviated titles written before a name ("Gen.", "Dr."); their rank spelled out. */
  readonly titles: Words
  readonly ranks: Readonly<Record<string, string>>
  readonly honorifics: Words
  /** Titles before a given name ("King", "rey"): the name after them is no surname. */
  readonly givenNameTitles: Words
  /** Qualifiers before the office ("interim", "prime"; "primer", "vice"). */
  readonly before: Words
  /** Qualifiers after the office ("encargada", "en funciones"), one or two words. */
  readonly after: Words
  /** The field of an office after a link ("Secretary of State", "ministro de Defensa"). */
  readonly fields: Words
  readonly fieldLinks: Words
  /** "of"/"de": what links an office to its country or body. */
  readonly ownerLinks: Words
  /** "the country's" before an office: the country the sentence names. */
  readonly countryAnaphorsBefore: Words
  /** "del país" after an office or institution, as two words. */
  readonly countryAnaphorsAfter: readonly (readonly string[])[]
  readonly governmentOffices: Words
  /**
   * A role led by an office that heads a government, folded lower case: the office opens the role, closes
   * it, or comes before its owner ("Kenyan leader", "president of Kenya", "presidenta encargada de Cuba").
   */
  readonly headOffice: RegExp
  /** Words that make a head office someone else's: "former president", "vice president". */
  readonly notHead: Words
  /** The word an office is compared by ("presidenta" and "presidente" are one office). */
  readonly officeKey: (word: string) => string
}

export interface GovernmentWords {
  readonly nouns: Words
  /** Nouns that are ordinary words too ("administración de justicia"): they need a determiner to stand for a government. */
  readonly needsCountry: Words
  readonly modifiers: Words
  /** "the government of/in X", "el gobierno de/en X". */
  readonly placeLinks: Words
  readonly acts: Words
  /** Adjectives between a country word and its act ("the Kenyan military intervention", "la operación militar cubana"). */
  readonly actModifiers: Words
  readonly coordinators: Words
  /** Plural heads that name one government for each place listed after them: "the governments of Kenya and Chad". */
  readonly plurals: Words
  /** Words that open a coordination of acting countries: "Neither Nairobi nor Kampala". */
  readonly pairOpeners: Words
  /** Heads of "the government", "the regime" standing alone for the story's government. */
  readonly anaphoricHeads: Words
  /** Words after a government noun that make it qualify people or a place: "government officials", "the government of". */
  readonly notAnaphoricBefore: Words
}

export interface OrganizationWords {
  /** Last words of capitalized organization names ("Defence Ministry", "Acme Corp"). */
  readonly heads: Words
  /** Heads opening a name before "of" ("Ministry of the Interior"). */
  readonly headsFirst: Words
  readonly functionWords: Words
  /** Lower-case institutions with their English name and the head that decides membership of the state. */
  readonly institutions: ReadonlyMap<string, { readonly name: string; readonly head: string }>
  /** The word for a ministry and the nouns that are one ministry by themselves ("cancillería" → foreign). */
  readonly ministry: string
  readonly ministryNouns: Glosses
  /** Portfolios, with their English word ("defensa" → defence); before ("interior ministry") or after a link. */
  readonly portfolios: Glosses
  /** Words between the ministry and its portfolio ("of the", "del Poder Popular para"). */
  readonly portfolioFillers: Words
  /** Adjectives of an institution's own name before its country ("la Fuerza Armada Nacional venezolana"). */
  readonly ownAdjectives: Words
  /** The noun of "the prime minister's office". */
  readonly officeNouns: Words
  /** Heads of state institutions: with a country they belong to its government. */
  readonly stateHeads: Words
  /** Lower-case nouns beside which a capitalized name is a newspaper or broadcaster ("the Vardo newspaper"). */
  readonly outletNouns: Words
}

export interface GroupWords {
  readonly nouns: Glosses
  readonly modifiers: Glosses
  /** Qualifying phrases after the noun ("de a pie" → ordinary). */
  readonly phrasesAfter: Glosses
  /** Quantifiers: part of the mention, not of the name ("many analysts"). */
  readonly quantifiers: Words
  /** Counts heading the mention through a link ("miles de cubanos"). */
  readonly counts: Words
  readonly countLinks: Words
  readonly stateNouns: Words
}

export interface UnnamedSourceWords {
  readonly indefinites: Words
  readonly heads: Glosses
  readonly modifiers: Glosses
  /** Modifiers left out of the role: "senior" in "a senior Kenyan official". */
  readonly rankModifiers: Words
  /** Words after the source that describe it: "who", "que pidió el anonimato". */
  readonly relatives: Words
  readonly relativesAfterComma: Words
  /** The word before the country an envoy is posted to: "the Kenyan ambassador to Chad" (none in Spanish, read as a qualifier). */
  readonly postedTo: Words
}

/**
 * Everything the mention rules read that depends on the document's language. The rules are written once;
 * each language gives its words (src/lexicon/*.ts for English, src/lexicon/es/*.ts for Spanish) and its
 * country forms. Actors get the same ids and English names in either language, so an English and a Spanish
 * article name the same actors alike (gov-cu, org-ve-defence-ministry, p-senior-cuban-official).
 */
export interface MentionLanguage {
  readonly tag: string
  /**
   * Whether modifiers and nationality adjectives follow their noun ("el gobierno cubano") rather than
   * precede it ("the Cuban government"): the one point of word order the rules branch on.
   */
  readonly headFirst: boolean
  /** Word classes (bits of `W`) of a lower-case word without a possessive ending. */
  readonly classesOf: (stem: string) => number
  /** Cheap pre-check: can a country word start at this token (its stem, text, capitalization)? */
  readonly mayStartCountry: (stem: string, text: string, token: Token, capitalized: boolean) => boolean
  readonly matchCountryAt: (text: string, tokens: readonly Token[], i: number) => CountryMatch | null
  /** A country word as an English name writes it: English text keeps its own; others take the package's. */
  readonly englishCountryWord: (code: string, kind: CountryFormKind, written: string) => string
  /** Definite articles and contractions that open a phrase ("the"; "el", "del"). */
  readonly articles: Words
  /** Articles fused with a preposition: the mention starts after them ("del gobierno" → "gobierno"). */
  readonly contractions: Words
  /** "In Nairobi, …": a sentence opening on a place sets its officials there. */
  readonly openingPlace: Words
  readonly agent: AgentWords
  readonly names: NameWords
  readonly roles: RoleWords
  readonly governments: GovernmentWords
  readonly organizations: OrganizationWords
  readonly groups: GroupWords
  readonly unnamed: UnnamedSourceWords
}
