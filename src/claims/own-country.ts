import type { Actor } from '../model/annotations.js'
import { countryOfGovernment } from '../model/country-code.js'

/** The country each actor's "its/our troops" belong to: its own, or its body's. */
export function ownCountries(actors: readonly Actor[]): Map<string, string> {
  const byId = new Map(actors.map((a) => [a.id, a]))
  const out = new Map<string, string>()
  for (const a of actors) {
    const body = a.memberOf ? byId.get(a.memberOf) : undefined
    const code = a.country ?? body?.country ?? countryOfGovernment(a.memberOf ?? a.id)
    if (code) out.set(a.id, code)
  }
  return out
}
