/**
 * Spanish admission and denial cues, as src/lexicon/claim-stance.ts gives them for English: stems of the
 * cue's first words. Source: issue 9's vocabulary (reconocer, admitir, asumir, pedir disculpas; negar,
 * descartar, rechazar, desmentir) and general Spanish news usage, written here.
 */

export const ES_ADMISSION_CUES = ['reconoc', 'admit', 'asum', 'confirm', 'pidió disculpas', 'pide disculpas', 'pidieron disculpas', 'pidió perdón', 'pide perdón'] as const

export const ES_DENIAL_CUES = ['neg', 'nieg', 'descart', 'rechaz', 'desmint', 'desmient'] as const

export const ES_INTENTION_CUES = ['planea', 'planeó', 'pretend', 'prometi', 'promet', 'amenaz', 'esper', 'quier', 'quis', 'busc', 'pid'] as const

export const ES_FUTURE_MODALS = ['podría', 'podrían', 'puede', 'pueden', 'debe', 'deben', 'debería', 'deberían', 'va', 'van', 'iba', 'iban'] as const
