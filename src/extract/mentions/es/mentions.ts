import type { Actor, Sentence, Token } from '../../../model/annotations.js'
import { assembleActors, mergeById, unifyPeople } from '../assemble.js'
import type { Found } from '../found.js'
import { findRepeatedNames, peopleIndex } from '../people-refs.js'
import { mostMentioned } from '../salience.js'
import { createScan } from '../scan.js'
import { findGovernmentAnaphoraEs, findLeaderGovernmentsEs } from './government-refs.js'
import { findCountryMetonymsEs, findGovernmentPhrasesEs } from './governments.js'
import { findGroupsEs } from './groups.js'
import { SPANISH } from './language.js'
import { findOrganizationsEs } from './organizations.js'
import { findPeopleEs, findPersonDescriptionsEs } from './people.js'
import { withSpeakingBodyEs } from './speaking-body.js'
import { findUnnamedSourcesEs } from './unnamed-sources.js'

/**
 * Actors of a Spanish document, with the ids, names and shapes of the English rules, so an article in either
 * language names the same actors alike (gov-cu, org-ve-defence-ministry, p-ana-ruiz, grp-analysts). Rules run
 * most specific first and claim their tokens, as in English: government phrases, then institutions (a bare one
 * belongs to the government last named, else the country the text names most), country words acting, people,
 * and what refers back to them.
 */
export function findActorsEs(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Actor[] {
  const scan = createScan(text, tokens, sentences, SPANISH)
  const governments = findGovernmentPhrasesEs(scan)
  const stateOf = (at: number): string | null => {
    const start = scan.tokens[at]!.start
    let code: string | null = null
    for (const g of governments) if (g.start < start) code = g.country ?? code
    return code ?? mostMentioned(scan)
  }
  const orgs = findOrganizationsEs(scan, stateOf)
  const found: Found[] = [...governments, ...orgs, ...findCountryMetonymsEs(scan)]
  // A role may name its body: "el portavoz del Gobierno cubano, Ana Ruiz", "el jefe del Ejército venezolano".
  const named = unifyPeople(findPeopleEs(scan, new Map([...governments, ...orgs].map((o) => [o.start, o]))))
  const index = peopleIndex(mergeById(named))
  found.push(...named, ...findLeaderGovernmentsEs(scan, index))
  const repeated = findRepeatedNames(scan, index)
  // Every mention so far, each carrying the role its person is known by: "el presidente" takes the latest one.
  const known = new Map(mergeById([...named, ...repeated]).map((p) => [p.id, p]))
  const people = [...named, ...repeated].map((p) => ({ ...known.get(p.id)!, start: p.start, end: p.end }))
  found.push(...repeated, ...findPersonDescriptionsEs(scan, people))
  found.push(...findGovernmentAnaphoraEs(scan), ...findGroupsEs(scan))
  found.push(...findUnnamedSourcesEs(scan, found))
  return assembleActors(text, withSpeakingBodyEs(scan, found))
}
