/**
 * Nouns for people, as the head of a counted group in casualty reports ("four fishermen", "a pilgrim").
 * Source: the person, worker and occupation nouns of WordNet (person.n.01 hyponyms) that are common in
 * English news, with the casualty roles of UCDP GED / ACLED (civilian, military, police, …), written here.
 * Words not listed are read by their shape (HUMAN_SUFFIXES) unless NOT_HUMAN_WORDS names them.
 */
import type { CasualtyRole } from './casualty-terms.js'

/** Plural nouns of people in civilian life: the group's role is civilian unless a modifier says otherwise. */
export const CIVILIAN_NOUNS = [
  'fishermen', 'seamen', 'passengers', 'miners', 'villagers', 'workers', 'labourers', 'laborers',
  'pilgrims', 'children', 'boys', 'girls', 'teenagers', 'students', 'schoolchildren', 'pupils', 'teachers',
  'women', 'mothers', 'fathers', 'families', 'relatives', 'parents', 'elderly', 'residents', 'inhabitants',
  'locals', 'townspeople', 'tribesmen', 'herders', 'shepherds', 'farmers', 'peasants', 'traders', 'merchants',
  'shopkeepers', 'vendors', 'drivers', 'truckers', 'motorists', 'cyclists', 'pedestrians', 'commuters',
  'travellers', 'travelers', 'tourists', 'hikers', 'climbers', 'swimmers', 'divers', 'deckhands',
  'engineers', 'technicians', 'builders', 'construction workers', 'contractors', 'guards', 'watchmen',
  'worshippers', 'worshipers', 'churchgoers', 'monks', 'nuns', 'priests', 'clerics', 'imams', 'pastors',
  'protesters', 'protestors', 'demonstrators', 'marchers', 'rioters', 'spectators', 'fans', 'voters',
  'refugees', 'migrants', 'asylum seekers', 'evacuees', 'displaced', 'patients', 'babies', 'infants', 'toddlers', 'newborns', 'athletes', 'players',
  'shoppers', 'diners', 'guests', 'customers', 'employees', 'staff', 'staffers', 'volunteers', 'rescuers',
  'firefighters', 'firemen', 'lifeguards', 'lawyers', 'judges', 'bystanders', 'onlookers', 'civilians',
] as const

/** Plural nouns of people that say nothing of their role ("people", "victims", "members"). */
export const PEOPLE_NOUNS = [
  'men', 'adults', 'youths', 'survivors', 'nationals', 'citizens', 'people', 'persons', 'individuals',
  'others', 'victims', 'members', 'occupants', 'crewmen', 'prisoners', 'inmates', 'detainees',
  'hostages', 'captives',
] as const

/** People nouns that carry a role of their own (armed forces, police, medical staff, the press, …). */
export const ROLE_NOUNS: Readonly<Record<string, CasualtyRole>> = {
  soldiers: 'military', troops: 'military', forces: 'military', officers: 'military', personnel: 'military',
  servicemen: 'military', servicewomen: 'military', servicemembers: 'military', 'service members': 'military',
  marines: 'military', airmen: 'military', paratroopers: 'military', conscripts: 'military', recruits: 'military',
  commanders: 'military', guardsmen: 'military', reservists: 'military', pilots: 'military', crew: 'military',
  'crew members': 'military', sappers: 'military', gunners: 'military', commandos: 'military', cadets: 'military',
  advisers: 'military', advisors: 'military', 'military advisers': 'military', sentries: 'military',
  fighters: 'militant', militants: 'militant', insurgents: 'militant', rebels: 'militant', guerrillas: 'militant',
  militiamen: 'militant', jihadists: 'militant', gunmen: 'militant', combatants: 'militant', separatists: 'militant',
  policemen: 'police', policewomen: 'police', police: 'police', 'police officers': 'police', gendarmes: 'police',
  'border guards': 'police', constables: 'police', 'riot police': 'police',
  medics: 'medical', doctors: 'medical', nurses: 'medical', paramedics: 'medical', 'health workers': 'medical',
  journalists: 'journalist', reporters: 'journalist', photographers: 'journalist', cameramen: 'journalist',
  'aid workers': 'aid worker', 'humanitarian workers': 'aid worker', peacekeepers: 'military',
  officials: 'official', diplomats: 'official', ministers: 'official', lawmakers: 'official', mayors: 'official',
}

/** Irregular singulars of the plurals above ("a child", "a policeman", "one person"). */
export const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  child: 'children', person: 'people', man: 'men', woman: 'women', staffer: 'staffers', crewman: 'crewmen',
}

/** Plural endings of people nouns (agent nouns, -men compounds, nationality and profession words). */
export const HUMAN_SUFFIXES = ['men', 'ers', 'ors', 'ians', 'ists', 'ants', 'ents', 'ees', 'ites'] as const

/** Words with a people ending that name things, not people ("tankers", "centres", "documents"). */
export const NOT_HUMAN_WORDS = [
  'papers', 'numbers', 'orders', 'borders', 'towers', 'containers', 'computers', 'letters', 'waters', 'quarters',
  'headquarters', 'powers', 'matters', 'offers', 'layers', 'barriers', 'shelters', 'helicopters', 'tankers',
  'trawlers', 'bombers', 'chambers', 'transfers', 'markers', 'meters', 'metres', 'kilometers', 'kilometres',
  'liters', 'litres', 'dollars', 'filters', 'monitors', 'motors', 'sectors', 'factors', 'reactors', 'doors',
  'floors', 'errors', 'mirrors', 'corridors', 'vectors', 'tractors', 'elevators', 'generators', 'documents',
  'incidents', 'accidents', 'events', 'agents', 'segments', 'payments', 'statements', 'governments', 'parliaments',
  'departments', 'apartments', 'comments', 'elements', 'moments', 'arguments', 'instruments', 'shipments',
  'settlements', 'treatments', 'garments', 'fragments', 'regiments', 'plants', 'grants', 'restaurants', 'giants',
  'amendments', 'investments', 'equipments', 'guarantees', 'fees', 'trees', 'degrees', 'committees', 'omens',
  'specimens', 'regimens', 'abdomens', 'stamens', 'semesters', 'registers', 'clusters', 'posters', 'rosters',
  'disasters', 'thrillers', 'folders', 'holders', 'shoulders', 'boulders', 'centers', 'chapters', 'characters',
  'parameters', 'charters', 'rivers', 'covers', 'manners', 'dinners', 'banners',
  'corners', 'trailers', 'sites', 'rites', 'bites', 'suites', 'satellites', 'appetites',
  'favorites', 'favourites', 'websites', 'kites', 'minutes', 'flowers', 'showers', 'answers', 'containers',
  'entrants', 'ingredients', 'contents', 'patents', 'talents', 'parents-in-law',
] as const
