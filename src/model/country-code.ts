/**
 * Country codes: ISO 3166-1 alpha-2 ("FR") for the countries the data package knows, and for a country
 * it lacks, learned from the articles (a breakaway region, an invented state in our fixtures), `X-` and
 * its name in capitals ("Valdoria" → X-VALDORIA). Two names never share a code, so a figure from one
 * unrecognized state is never credited to another's government, and every document gives the same name
 * the same code without sharing any state. The X prefix is the user-assigned range of ISO 3166-1.
 */
export const COUNTRY_CODE = /^(?:[A-Z]{2}|X-[A-Z0-9]+(?:-[A-Z0-9]+)*)$/

export const isCountryCode = (value: string): boolean => COUNTRY_CODE.test(value)

/** The code of a learned country: accents dropped, each run of other characters one hyphen. */
export function learnedCountryCode(name: string): string {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '')
  return `X-${folded || 'UNNAMED'}`
}

/** The id of a country's government (FR → gov-fr, X-VALDORIA → gov-x-valdoria): countryOfGovernment's inverse. */
export const governmentOf = (code: string): string => `gov-${code.toLowerCase()}`

/** The country code a government's id stands for (gov-fr → FR, gov-x-valdoria → X-VALDORIA), if it is one. */
export function countryOfGovernment(id: string | undefined): string | undefined {
  const code = id?.startsWith('gov-') ? id.slice(4).toUpperCase() : undefined
  return code !== undefined && isCountryCode(code) ? code : undefined
}
