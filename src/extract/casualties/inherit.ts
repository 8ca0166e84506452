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

/** "two of the advisers" after "Freedonian soldiers": armed people of one story, in the same or last paragraph. */
function sameRoleNearby(done: readonly Placed[], p: Placed): Placed | undefined {
  const role = p.figure.role
  if (!role || role === 'civilian') return undefined
  return done.findLast((q) => q.figure.role === role && q.figure.country && q.sentence.paragraph >= p.sentence.paragraph - 1)
}

/**
 * Refiner: a figure whose group is left out ("… and five were wounded", "four deaths") counts the
 * group of the figure before it; a group with no country ("three more servicemen") takes the country
 * of the last figure about the same people ("Freedonian servicemen"). Figures are in text order.
 */
export function inheritGroups(placed: readonly Placed[]): Placed[] {
  const done: Placed[] = []
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
      const same = done.findLast((q) => q.figure.noun === f.noun && q.figure.country) ?? sameRoleNearby(done, p)
      if (same) f = { ...f, country: same.figure.country }
    }
    done.push({ ...p, figure: f })
  }
  return done
}
