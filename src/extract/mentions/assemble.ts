import type { Actor, Mention } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import type { Found } from './found.js'

/**
 * "President Roe" and "Jane Roe" are one person: a name that is the tail of exactly one longer name
 * takes that person's id and name; so does a one-word name opening exactly one longer name and ending none
 * ("Saddam" after "Saddam Hussein"). A name after a title of given names ("King Hussein") is no surname.
 */
export function unifyPeople(people: readonly Found[], givenNameTitles: ReadonlySet<string>): Found[] {
  const full = [...new Map(people.map((p) => [p.id, p])).values()]
  const given = new Set(people.filter((p) => givenNameTitles.has(p.role?.split(' ')[0]?.toLowerCase() ?? '')).map((p) => p.id))
  return people.map((p) => {
    if (given.has(p.id)) return p
    const longer = full.filter((q) => q.id !== p.id && q.name.endsWith(` ${p.name}`))
    const opened = longer.length || p.name.includes(' ') ? [] : full.filter((q) => q.id !== p.id && q.name.startsWith(`${p.name} `))
    const same = longer.length ? longer : opened
    return same.length === 1 ? { ...p, id: same[0]!.id, name: same[0]!.name } : p
  })
}

/** One representative per id, carrying the first role, country and membership any mention stated. */
export function mergeById(found: readonly Found[]): Found[] {
  const byId = new Map<string, Found>()
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const seen = byId.get(f.id)
    if (!seen) {
      byId.set(f.id, f)
      continue
    }
    const name = f.type === 'person' && f.name.length > seen.name.length ? f.name : seen.name
    // Most later mentions add nothing: keep the representative rather than copying it.
    if (name === seen.name && (seen.role || !f.role) && (seen.country || !f.country) && (seen.memberOf || !f.memberOf)) continue
    byId.set(f.id, { ...seen, name, role: seen.role ?? f.role, country: seen.country ?? f.country, memberOf: seen.memberOf ?? f.memberOf })
  }
  return [...byId.values()]
}

/** Drops a mention overlapping an earlier or longer one, so every stretch of text names one actor. */
function withoutOverlaps(found: readonly Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Found[] = []
  for (const f of sorted) {
    const last = kept[kept.length - 1]
    if (last && f.start < last.end) continue
    kept.push(f)
  }
  return kept
}

/** Merges found mentions into actors, in order of first mention. */
export function assembleActors(text: string, found: readonly Found[]): Actor[] {
  const kept = withoutOverlaps(found)
  const mentions = new Map<string, Mention[]>()
  for (const f of kept) {
    const list = mentions.get(f.id) ?? []
    list.push({ ...spanAt(text, f.start, f.end), kind: f.kind })
    mentions.set(f.id, list)
  }
  return mergeById(kept).map((f): Actor => {
    const actor: Actor = { id: f.id, name: f.name, type: f.type, mentions: mentions.get(f.id) ?? [] }
    return {
      ...actor,
      ...(f.country ? { country: f.country } : {}),
      ...(f.memberOf ? { memberOf: f.memberOf } : {}),
      ...(f.role ? { role: f.role } : {}),
    }
  })
}
