import type { Sentence } from '../../model/annotations.js'
import type { Figure } from './figures.js'

/** A figure with the sentence it was found in. */
export interface Placed {
  readonly figure: Figure
  readonly sentence: Sentence
}

/** The figure an elided one continues: the last one before it in its paragraph or the one before. */
function antecedent(done: readonly Placed[], p: Placed): Figure | undefined {
  for (let k = done.length - 1; k >= 0; k--) {
    const q = done[k]!
    if (q.sentence.paragraph < p.sentence.paragraph - 1) return undefined
    if (q.figure.group) return q.figure
  }
  return undefined
}

/**
 * "two of the advisers" after "Freedonian soldiers": armed people of one story, in the same or last
 * paragraph. `byRole` holds the last figure with a country of each role; figures come in text order, so
 * when that one is too far back, every earlier one is too.
 */
function sameRoleNearby(byRole: ReadonlyMap<string, Placed>, p: Placed): Placed | undefined {
  const role = p.figure.role
  if (!role || role === 'civilian') return undefined
  const q = byRole.get(role)
  return q && q.sentence.paragraph >= p.sentence.paragraph - 1 ? q : undefined
}

const opensWith = (words: ReadonlySet<string>, f: Figure) => words.has(f.group.toLowerCase().split(/\s+/, 1)[0] ?? '')

/**
 * "killed three Chilean soldiers and wounded six others": a group opened by an "other" word is more of
 * the people counted just before it in the same sentence, so it shares their country, and their role
 * when the word stands alone ("others", not "other people").
 */
function otherOf(done: readonly Placed[], p: Placed, others: ReadonlySet<string>): Figure | undefined {
  const words = p.figure.group.toLowerCase().split(/\s+/)
  if (!opensWith(others, p.figure)) return undefined
  const before = done.at(-1)
  if (!before || before.sentence !== p.sentence || !before.figure.country) return undefined
  const role = words.length === 1 ? before.figure.role : p.figure.role
  return { ...p.figure, country: before.figure.country, ...(role ? { role } : {}) }
}

/**
 * Refiner: a figure whose group is left out ("… and five were wounded", "four deaths") counts the
 * group of the figure before it; a group with no country ("three more servicemen") takes the country
 * of the last figure about the same people ("Freedonian servicemen"). Figures are in text order.
 */
export function inheritGroups(placed: readonly Placed[], others: ReadonlySet<string>): Placed[] {
  const done: Placed[] = []
  // The last figure with a country of each noun and each role: looked up, not searched for, per figure.
  const byNoun = new Map<string, Placed>()
  const byRole = new Map<string, Placed>()
  for (const p of placed) {
    let f = p.figure
    if (f.elided) {
      const a = antecedent(done, p)
      // "its own figure remains six" means nothing without a count before it.
      if (!a && f.openStatus) continue
      // "a soldier was killed and 30 wounded": thirty soldiers.
      const group = a && (a.quantity.count === 1) !== (f.quantity.count === 1) && a.noun ? a.noun : a?.group
      f = a
        ? { ...f, group: group!, noun: a.noun, ...(a.country ? { country: a.country } : {}), ...(a.role ? { role: a.role } : {}), ...(f.openStatus ? { status: a.status } : {}) }
        : { ...f, group: f.group || 'people' }
    } else if (!f.country && f.noun) {
      const other = otherOf(done, p, others)
      const same = byNoun.get(f.noun) ?? sameRoleNearby(byRole, p)
      if (other) f = other
      else if (same) f = { ...f, country: same.figure.country }
    }
    const q = { ...p, figure: f }
    done.push(q)
    // "others" names no people of its own: a later "others" is not the same group.
    if (f.country && f.noun && !opensWith(others, f)) byNoun.set(f.noun, q)
    if (f.country && f.role) byRole.set(f.role, q)
  }
  return done
}
