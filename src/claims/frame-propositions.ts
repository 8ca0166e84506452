import type { ClaimFrame, FrameArg, TimeRef } from '../model/annotations.js'
import type { Proposition } from '../model/ledger.js'
import { countryInfo } from '../lexicon/en/countries.js'
import { AGENTLESS_CLASSES, CLASS_VERBS, ROLES } from '../lexicon/predicate-classes.js'
import type { ClaimScope } from './scope.js'
import { countryOfGovernment, governmentOf, isCountryCode } from '../model/country-code.js'

/**
 * A frame of the `claims` layer as a proposition the ledger compares: every argument resolved to a
 * global id (an agent to the body it speaks for, so "Bolivian forces" and "the Bolivian government" are
 * one agent), its key listing the arguments in the order of ROLES.
 */

// A country as agent is its government: "Bolivia" is `gov-bo`, as the mentions stage names it.
function resolveArg(role: string, a: FrameArg, scope: ClaimScope, at: TimeRef): string {
  switch (a.kind) {
    case 'actor': return role === 'agent' ? scope.bodyOf(scope.actor(a.id), at) : scope.actor(a.id)
    case 'country': return role === 'agent' ? governmentOf(a.id) : a.id
    case 'event': return scope.event(a.id)
    default: return a.id
  }
}

/** The canonical key of a class and its arguments: `shoot-down(agent:gov-bo,patient:aircraft,of:PY)`. */
export function keyOf(cls: string, args: Readonly<Record<string, string>>): string {
  return `${cls}(${ROLES.filter((r) => args[r]).map((r) => `${r}:${args[r]}`).join(',')})`
}

/** A label for people: a government by its country's name, an event by its summary, a code by its name. */
function labelOf(role: string, value: string, scope: ClaimScope, names: (id: string) => string | undefined): string {
  const gov = countryOfGovernment(value)
  if (gov) return countryInfo(gov)?.name ?? value
  if (role === 'event') return scope.eventLabel(value)
  if (isCountryCode(value)) return countryInfo(value)?.name ?? value
  return names(value) ?? value
}

/** "Bolivia shot down aircraft (of Paraguay) in chaco": what the frame says, for people, in any language's frame. */
function textOf(cls: string, args: Readonly<Record<string, string>>, label: (role: string) => string): string {
  const agent = args['agent'] ? label('agent') : 'someone'
  const what = args['patient'] ? label('patient') : args['theme'] ? label('theme') : ''
  const verb = CLASS_VERBS[cls] ?? cls
  const parts = [(AGENTLESS_CLASSES as readonly string[]).includes(cls) ? `${what} ${verb}` : `${agent} ${verb} ${what}`.trim()]
  if (args['of']) parts.push(`(of ${label('of')})`)
  if (args['in']) parts.push(`in ${label('in')}`)
  if (args['event']) parts.push(`[${label('event')}]`)
  return cls === 'plan' ? `${agent} plans ${label('theme')}${args['patient'] ? ` of ${label('patient')}` : ''}` : parts.join(' ')
}

export function frameProposition(f: ClaimFrame, scope: ClaimScope, at: TimeRef, names: (id: string) => string | undefined): Proposition {
  const args: Record<string, string> = {}
  for (const [role, a] of Object.entries(f.args)) if (a) args[role] = resolveArg(role, a, scope, at)
  return { key: keyOf(f.cls, args), kind: f.cls, lemma: f.lemma, args, text: textOf(f.cls, args, (r) => labelOf(r, args[r]!, scope, names)) }
}

/** The same proposition under another class (an entailment): same arguments, new key and text. */
export function asClass(p: Proposition, cls: string, lemma: string): Proposition {
  const verb = (c: string) => ` ${CLASS_VERBS[c] ?? c} `
  return { ...p, key: keyOf(cls, p.args), kind: cls, lemma, text: p.text.replace(verb(p.kind), verb(cls)) }
}

/** A killing as the death it caused: the same patient, place and event, no agent ("Ana Ruiz died in Tarija"). */
export function deathOf(p: Proposition): Proposition {
  const { agent: _agent, ...args } = p.args
  // The killing's text after its verb is the patient and what places it: "Ana Ruiz in Tarija [the raid]".
  const rest = p.text.split(` ${CLASS_VERBS[p.kind] ?? p.kind} `).slice(1).join(' ')
  const text = rest.replace(/^(.*?)((?: \(of | in | \[).*)?$/, `$1 ${CLASS_VERBS['death']}$2`)
  return { ...p, key: keyOf('death', args), kind: 'death', lemma: 'die', args, text }
}
