import type { Claim } from '../model/ledger.js'
import type { DisagreementGroup, ReversalGroup } from './opposition.js'
import { showTime } from './time-span.js'

/** Names actors for people ("the Government of Peru", "Ana Roe"). */
export type NameOf = (actorId: string) => string

const dates = (cs: readonly Claim[]) => [...new Set(cs.map((c) => showTime(c.time)))].join('; ')
/** A claim's own words, cut to a readable length. */
function quote(c: Claim): string {
  const flat = c.evidence.span.text.replace(/\s+/g, ' ').trim().replace(/^["“”‘’']+|["“”‘’']+$/g, '')
  return `“${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}”`
}

/** What one claim did, in words: "denied that …", "reported “12 soldiers were killed”". */
function act(c: Claim): string {
  if (c.rule !== 'direct') return `reported ${quote(c)}`
  return `${c.polarity === 'denies' ? 'denied' : 'asserted'} ${quote(c)}`
}

const who = (c: Claim, name: NameOf) => (c.speaker ? `${name(c.speaker)} (for ${name(c.actor)})` : name(c.actor))

/** "X denied … (2029-04), then reported … (2030-05-04)." — both sides with their dates. */
export function reversalWhy(r: ReversalGroup, name: NameOf): string {
  const first = r.earlier[0] ?? r.link[0]
  const turn = r.link[1]
  const verb = first.polarity === 'denies' ? 'denied' : 'asserted'
  return `${name(r.actor)} ${verb} that ${first.proposition.text} (${dates(r.earlier)}), then ${act(turn)} (${showTime(turn.time)}).`
}

/** "A asserted … (2029-04); B denied … (2029-04)." */
export function disagreementWhy(d: DisagreementGroup, name: NameOf): string {
  // Cite a dated claim when a side has one: "2019-04" says more than "before 2026-01-03".
  const side = (cs: readonly Claim[]) => {
    const c = cs.find((x) => x.time.value) ?? cs[0]!
    return `${who(c, name)} ${act(c)} (${showTime(c.time)})`
  }
  return `On whether ${d.proposition.text}: ${side(d.asserts)}; ${side(d.denies)}.`
}
