import type { Claim, LinkStrength } from '../model/ledger.js'
import { overlapping } from './time-span.js'

/**
 * Whether two claims take opposite stances on one proposition, how sure that is, and the rules that say
 * so. The first four kinds (presence, casualties, responsibility, role) compare by key, every argument
 * required. Frames compare argument by argument: a role both fill must agree; a role only the denial
 * fills is fine (a denial of "Bolivia shot down the helicopter" is contradicted by "Bolivia shot it
 * down over the Chaco"), a role only the assertion leaves open is not ("a helicopter was shot down"
 * does not contradict "Bolivia did not shoot it down"); at least one argument naming what happened
 * (the event, the patient, the weapon) must agree.
 */

export const SAME_PROPOSITION = 'same-proposition'
export const DENIAL_CONTRADICTS_ASSERTION = 'denial-contradicts-assertion'

const KEYED = new Set(['presence', 'casualties', 'responsibility', 'role'])
/** Roles an assertion must fill whenever the denial does. */
const DIRECTED = ['agent', 'patient', 'theme'] as const
/** Roles that say what happened: one of them must agree. */
const ANCHORS = ['event', 'patient', 'theme'] as const
const SCORE: Readonly<Record<string, number>> = { event: 0.2, patient: 0.15, theme: 0.15, agent: 0.1, of: 0.05, in: 0.05 }
/** What a role one side leaves open costs: a denial naming no agent most, an unresolved event, a missing owner or place little. */
const OPEN: Readonly<Record<string, number>> = { event: 0.05, agent: 0.1, of: 0.02, in: 0.02 }

/** Links at or above this score are `likely`; below it, `possible`. */
export const LIKELY_SCORE = 0.7

/** The time a claim speaks about: its own period when it has one, otherwise when it was said. */
export const periodOf = (c: Claim): TimeRef => c.period ?? c.time
type TimeRef = Claim['time']

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100

/** Rules and score both sides' own words add: a derived side, a hedge, an admission or denial in so many words. */
function sideRules(a: Claim, b: Claim): { rules: string[]; delta: number } {
  const rules: string[] = []
  let delta = 0
  for (const c of [a, b]) {
    if (c.rule !== 'direct') { rules.push(c.rule); delta -= 0.05 }
    if (c.cue) { rules.push(`${c.cue}-cue`); delta += 0.05 }
  }
  if (a.hedged || b.hedged) { rules.push('hedged-side'); delta -= 0.2 }
  return { rules: [...new Set(rules)], delta }
}

/** Argument by argument: the agreeing roles, the roles left open, or null on a conflict or a wrongly directed gap. */
function compareArgs(a: Claim, b: Claim): { agree: string[]; open: string[] } | null {
  const [denial, assertion] = a.polarity === 'denies' ? [a, b] : [b, a]
  const agree: string[] = []
  const open: string[] = []
  for (const role of new Set([...Object.keys(a.proposition.args), ...Object.keys(b.proposition.args)])) {
    const x = denial.proposition.args[role]
    const y = assertion.proposition.args[role]
    if (x && y) { if (x !== y) return null; agree.push(role); continue }
    if (x && (DIRECTED as readonly string[]).includes(role)) return null
    // A denial of the act by anyone is contradicted by anyone's doing it: open, at a cost (open-agent).
    if (y && (DIRECTED as readonly string[]).includes(role)) { if (role === 'agent') open.push(role); continue }
    open.push(role)
  }
  return agree.some((r) => (ANCHORS as readonly string[]).includes(r)) ? { agree, open } : null
}

/** The link between two claims of opposite stance on one proposition over overlapping times, or null. */
export function opposes(a: Claim, b: Claim): LinkStrength | null {
  if (a.polarity === b.polarity || a.proposition.kind !== b.proposition.kind || !overlapping(periodOf(a), periodOf(b))) return null
  const side = sideRules(a, b)
  if (KEYED.has(a.proposition.kind)) {
    if (a.proposition.key !== b.proposition.key) return null
    return strength(0.9 + side.delta, [SAME_PROPOSITION, ...side.rules, DENIAL_CONTRADICTS_ASSERTION])
  }
  const args = compareArgs(a, b)
  if (!args) return null
  const score = 0.5 + args.agree.reduce((s, r) => s + (SCORE[r] ?? 0), 0) - args.open.reduce((s, r) => s + (OPEN[r] ?? 0), 0) + side.delta
  const rules = [`same-predicate:${a.proposition.kind}`, ...args.agree.map((r) => `same-${r}`), ...args.open.map((r) => `open-${r}`), ...side.rules, DENIAL_CONTRADICTS_ASSERTION]
  return strength(score, rules)
}

function strength(score: number, rules: string[]): LinkStrength {
  const s = round(score)
  return { score: s, status: s >= LIKELY_SCORE ? 'likely' : 'possible', rules }
}

/**
 * Keys under which a claim is indexed, so only claims sharing one are compared: the whole key for the
 * first four kinds, the class with each anchoring argument for frames (a ledger updated one document
 * at a time looks its new claims up by these).
 */
export function indexKeys(c: Claim): string[] {
  const p = c.proposition
  if (KEYED.has(p.kind)) return [p.key]
  return ANCHORS.filter((r) => p.args[r]).map((r) => `${p.kind}|${r}:${p.args[r]}`)
}
