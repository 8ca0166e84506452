/**
 * Words around a country name that tell news text is naming a state, used to learn countries the
 * country package does not know (new, renamed or invented ones). Source: common English news usage
 * ("the Republic of …", "…'s foreign ministry", "the Valdorian capital, Ostrel"), written here.
 */
export const STATE_FORMS = [
  'Republic', 'Kingdom', 'Emirate', 'Principality', 'Sultanate', 'Grand Duchy', 'Duchy', 'Federal Republic',
  'Democratic Republic', "People's Republic", 'Islamic Republic', 'United Republic', 'Socialist Republic',
] as const

/** Titles that show a capitalized word is a person's name ("President Brandt"), so not a country. */
export const PERSON_TITLES = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Gen', 'General', 'Senator', 'Sen', 'Rep', 'Governor', 'Gov', 'Minister',
  'Secretary', 'Chancellor', 'Premier', 'King', 'Queen', 'Prince', 'Princess', 'Colonel', 'Col', 'Judge', 'Mayor',
] as const

/** Nouns that, after "X's" or before "of X", belong to a state rather than a person or a firm. */
export const STATE_OWNED = [
  'government', 'army', 'military', 'armed forces', 'troops', 'forces', 'navy', 'air force', 'defence ministry',
  'defense ministry', 'foreign ministry', 'interior ministry', 'parliament', 'capital', 'border', 'borders',
  'regime', 'embassy', 'ambassador', 'president', 'prime minister', 'foreign minister', 'defence minister',
  'defense minister', 'people', 'territory', 'citizens', 'authorities', 'cabinet', 'national assembly',
] as const

/** After a demonym only ("Valdorian servicemen"): people and things that belong to a state. */
export const STATE_PEOPLE = [
  'soldiers', 'servicemen', 'officers', 'officials', 'diplomats', 'advisers', 'advisors', 'units', 'police',
  'side', 'soil', 'warplanes', 'tanks', 'artillery',
] as const

/** Nouns that alone do not show a state ("X's president" may be a firm's); they only add weak evidence. */
export const WEAK_STATE_OWNED = new Set(['president', 'people', 'authorities', 'cabinet', 'government', 'regime'])

/** Demonym endings tried on a learned name: "Valdoria" → "Valdorian", "Karsk" → "Karskian"/"Karski". */
export const DEMONYM_SUFFIXES = ['n', 'an', 'ian', 'ese', 'i', 'ish'] as const

/** Words after which a capitalized name is a place: "in Lia", "near Tarn", "outside Port Lia". */
export const LOCALITY_LINKS = ['in', 'near', 'outside', 'at', 'from', 'into', 'around', 'across', 'inside', 'toward', 'towards'] as const

/** Nouns that say what kind of place a name is: "the town of Lia", "Tarn province", "the Tarn region". */
export const LOCALITY_NOUNS = {
  town: ['town', 'city', 'village', 'port', 'capital', 'suburb', 'settlement'],
  region: ['region', 'province', 'state', 'district', 'county', 'oblast', 'governorate', 'prefecture', 'territory', 'enclave'],
} as const
