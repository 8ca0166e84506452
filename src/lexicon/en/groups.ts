/**
 * Plural nouns for people who speak or act as a group in news text ("analysts say", "according to
 * witnesses"), and the words that may qualify them. Source: general English news vocabulary and the
 * PolNeAR / PARC source categories, written here.
 */

export const GROUP_NOUNS = [
  'analysts', 'experts', 'officials', 'witnesses', 'residents', 'diplomats', 'activists', 'observers',
  'critics', 'supporters', 'opponents', 'protesters', 'protestors', 'demonstrators', 'campaigners',
  'researchers', 'scientists', 'economists', 'historians', 'academics', 'lawmakers', 'legislators',
  'politicians', 'leaders', 'ministers', 'sources', 'doctors', 'medics', 'journalists', 'reporters',
  'investigators', 'prosecutors', 'lawyers', 'relatives', 'families', 'survivors', 'villagers',
  'locals', 'citizens', 'voters', 'workers', 'farmers', 'students', 'refugees', 'rebels', 'insurgents',
  'militants', 'fighters', 'troops', 'soldiers', 'officers', 'police', 'commanders', 'authorities',
  'groups', 'organizations', 'organisations', 'ngos', 'agencies', 'monitors', 'inspectors', 'envoys',
  'negotiators', 'mediators', 'aides', 'advisers', 'advisors', 'spokespeople', 'people', 'civilians',
  'firefighters', 'rescuers', 'paramedics', 'detectives', 'kidnappers', 'robbers', 'extremists', 'gunmen',
  'attackers', 'hijackers', 'assailants', 'bombers', 'looters', 'rioters', 'captors', 'abductors',
  'guerrillas', 'allies', 'members', 'crew', 'crews', 'pilots', 'sailors', 'passengers', 'speakers',
  'organizers', 'organisers', 'delegates', 'participants', 'mourners', 'bystanders', 'onlookers',
  'eyewitnesses', 'employees', 'staff', 'teachers', 'parents', 'hostages', 'prisoners', 'detainees', 'inmates',
] as const

/** Words that may qualify a group noun inside its mention: "ordinary Kenyans", "human rights groups". */
export const GROUP_MODIFIERS = [
  'ordinary', 'local', 'independent', 'foreign', 'western', 'international', 'senior', 'junior', 'top',
  'government', 'military', 'security', 'intelligence', 'police', 'army', 'opposition', 'rebel', 'party',
  'human', 'rights', 'aid', 'health', 'medical', 'defence', 'defense', 'political', 'legal', 'regional',
  'military-affairs', 'anonymous', 'unnamed', 'many', 'some', 'several', 'other', 'most', 'few',
  'former', 'retired', 'exiled', 'displaced', 'young', 'elderly', 'angry', 'frightened', 'eyewitness',
  'us-based', 'un', 'eu', 'humanitarian', 'diplomatic', 'pro-government', 'anti-government', 'pro-democracy',
] as const

/** Group nouns that are people in service of a state, so a country-qualified group is tied to its government. */
export const STATE_GROUP_NOUNS = ['officials', 'diplomats', 'ministers', 'envoys', 'authorities', 'negotiators', 'aides'] as const
