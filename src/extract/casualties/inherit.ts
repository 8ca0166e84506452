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

/**
 * Refiner: a figure whose group is left out ("… and five were wounded", "four deaths") counts the
 * group of the figure before it; a group with no country ("three more servicemen") takes the country
 * of the last figure about the same people ("Freedonian servicemen"). Figures are in text order.
 */
export function inheritGroups(placed: readonly Placed[]): Placed[] {
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
      const same = byNoun.get(f.noun) ?? sameRoleNearby(byRole, p)
      if (same) f = { ...f, country: same.figure.country }
    }
    const q = { ...p, figure: f }
    done.push(q)
    if (f.country && f.noun) byNoun.set(f.noun, q)
    if (f.country && f.role) byRole.set(f.role, q)
  }
  return done
}
