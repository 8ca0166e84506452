import type { Actor } from '../../model/annotations.js'
import type { TokenView } from '../../model/token-view.js'
import { UNLIMITED, type Stage, type StageBudget } from '../pipeline.js'
import { assembleActors, mergeById, unifyPeople } from './assemble.js'
import { findGovernmentAnaphora, findLeaderGovernments } from './government-refs.js'
import { findCountryMetonyms, findGovernmentPhrases } from './governments.js'
import { findGroups } from './groups.js'
import type { MentionLanguage } from './language.js'
import { findOrganizations } from './organizations.js'
import { findOrganizationReferences } from './org-refs.js'
import { findPeople } from './people.js'
import { findPersonDescriptions, findRepeatedNames, peopleIndex } from './people-refs.js'
import { createScan } from './scan.js'
import { findOutletsByNoun } from './outlets.js'
import { findRelatives } from './relatives.js'
import { findUnnamedSources } from './unnamed-sources.js'

/**
 * Actors and their mentions. Rules run most specific first and claim their tokens, so a later, looser
 * rule never re-reads them: government phrases before organizations ("the Kenyan government" is not an
 * organization), both before country metonyms and names; references to known people and governments
 * ("Ruiz", "the Ruiz administration", "the minister", "the regime") once those are known. Each rule reads
 * the whole text, so the `budget` is checked between them.
 */
export function findActors(view: TokenView, lang: MentionLanguage, budget: StageBudget = UNLIMITED): Actor[] {
  const scan = createScan(view, lang)
  const found = [...findGovernmentPhrases(scan), ...findOrganizations(scan), ...findOutletsByNoun(scan), ...findCountryMetonyms(scan)]
  budget.check()
  const named = unifyPeople(findPeople(scan, found), lang.roles.givenNameTitles)
  budget.check()
  const index = peopleIndex(mergeById(named))
  // The leader's own name inside "the Roe administration" is the government, not Roe: read it first.
  found.push(...named, ...findLeaderGovernments(scan, index))
  const repeated = findRepeatedNames(scan, index)
  // Every mention so far, each carrying the role its person is known by: "the minister" takes the latest one.
  const known = new Map(mergeById([...named, ...repeated]).map((p) => [p.id, p]))
  const people = [...named, ...repeated].map((p) => ({ ...known.get(p.id)!, start: p.start, end: p.end }))
  found.push(...repeated, ...findPersonDescriptions(scan, people), ...findRelatives(scan, people))
  budget.check()
  found.push(...findOrganizationReferences(scan, found), ...findGovernmentAnaphora(scan), ...findGroups(scan))
  found.push(...findUnnamedSources(scan, found))
  return assembleActors(view.text, found)
}

/** The mentions stage of one language: the rules above reading that language's words. */
export const mentionsStage = (lang: MentionLanguage): Stage<'actors', 'view'> => ({
  name: 'mentions',
  needs: ['view'],
  adds: 'actors',
  run: (doc, ctx) => findActors(doc.view, lang, ctx.budget),
})
