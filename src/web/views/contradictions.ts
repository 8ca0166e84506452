import { get } from '../api.js'
import { activatable, empty, h, type Child, fill } from '../dom.js'
import { formatTime } from '../format.js'
import type { Disagreement, LinkStrength, Reversal } from '../types.js'
import { claimView, nameOf, names, pager } from '../ui.js'
import type { Page } from '../api.js'

const RATING: Record<string, string> = { 'no-flip': 'No flip', 'half-flip': 'Half flip', 'full-flop': 'Full flop' }
const open = (route: string) => () => { location.hash = route }

/** "Possible · 0.60": a weaker link wears a badge asking for review; a likely one shows its score. */
const strengthBadge = (l: LinkStrength) => h('span', { class: `strength ${l.status}`, title: `score ${l.score.toFixed(2)}` },
  l.status === 'possible' ? `Possible · ${l.score.toFixed(2)} · for review` : `Likely · ${l.score.toFixed(2)}`)

/** The rules that made the link, as a reviewer reads them. */
const rulesOf = (l: LinkStrength) => h('p', { class: 'rule' }, `Rules: ${l.rules.join(', ')}`)

/** A reversal: the actor's earlier claim beside its later one, with the rule that links them. */
export function reversalCard(r: Reversal, who: Map<string, string>): HTMLElement {
  const first = r.later[0] ?? r.earlier[0]
  return activatable(h('article', { class: 'card reversal', 'aria-label': `Reversal by ${nameOf(who, r.actor)}` },
    h('header', {},
      h('h3', {}, nameOf(who, r.actor)),
      h('span', { class: `rating ${r.rating}` }, RATING[r.rating] ?? r.rating), strengthBadge(r)),
    h('p', { class: 'proposition' }, r.proposition.text),
    h('div', { class: 'sides' },
      h('div', { class: 'side' }, h('h4', {}, 'Earlier'), r.earlier.map((c) => claimView(c, who))),
      h('div', { class: 'side' }, h('h4', {}, 'Later'), r.later.map((c) => claimView(c, who)))),
    h('p', { class: 'why' }, r.why),
    h('p', { class: 'rule' }, `Rating: ${r.ratingReason}`), rulesOf(r)),
  open(first ? `/doc/${first.evidence.docId}/${first.evidence.itemId}` : '/reversals'))
}

/** A disagreement: each side's claims in its own column, over the time both speak about. */
export function disagreementCard(d: Disagreement, who: Map<string, string>): HTMLElement {
  const first = d.sides[0]?.claims[0]
  return activatable(h('article', { class: 'card disagreement', 'aria-label': `Disagreement: ${d.proposition.text}` },
    h('header', {}, h('h3', {}, d.proposition.text), h('span', { class: 'when' }, formatTime(d.overlap)), strengthBadge(d)),
    h('div', { class: 'sides' }, d.sides.map((s) => h('div', { class: `side ${s.polarity}` },
      h('h4', {}, `${s.actors.map((a) => nameOf(who, a)).join(' & ')} ${s.polarity === 'denies' ? 'deny' : 'assert'}`),
      s.claims.map((c) => claimView(c, who))))),
    h('p', { class: 'why' }, d.why), rulesOf(d)),
  open(first ? `/doc/${first.evidence.docId}/${first.evidence.itemId}` : '/disagreements'))
}

async function listing<T>(el: HTMLElement, title: string, path: string, card: (x: T, who: Map<string, string>) => HTMLElement, offset: number, intro: Child): Promise<void> {
  const [page, who] = await Promise.all([get<Page<T>>(path, { limit: 20, offset }), names()])
  fill(el, h('h1', {}, title), h('p', { class: 'intro' }, intro),
    page.items.length ? h('div', { class: 'cards' }, page.items.map((x) => card(x, who))) : empty(`No ${title.toLowerCase()} found yet.`),
    pager(page, (o) => void listing(el, title, path, card, o, intro)))
}

export const reversalsView = (el: HTMLElement) =>
  listing(el, 'Reversals', '/reversals', reversalCard, 0, 'An actor later contradicts its own earlier claim, directly or through a proposition it entails.')
export const disagreementsView = (el: HTMLElement) =>
  listing(el, 'Disagreements', '/disagreements', disagreementCard, 0, 'Different actors contradict each other on the same proposition over overlapping time.')
