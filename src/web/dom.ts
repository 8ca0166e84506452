/**
 * The one way the UI makes elements. Strings always become text nodes (textContent), never markup:
 * article text and everything from the API is untrusted, so no data ever reaches innerHTML.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[]
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value)
    else if (name === 'class') el.className = String(value)
    else el.setAttribute(name, value === true ? '' : String(value))
  }
  append(el, children)
  return el
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    if (Array.isArray(c)) append(parent, c)
    else parent.appendChild(typeof c === 'object' ? (c as Node) : document.createTextNode(String(c)))
  }
}

/** Replaces what an element holds. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren()
  append(el, children)
}

/** A link inside the app (hash router). */
export const link = (route: string, ...children: Child[]) => h('a', { href: `#${route}` }, ...children)

/** A card that acts like a link: focusable, and opened with Enter or Space as well as a click. */
export function activatable<T extends HTMLElement>(el: T, open: () => void): T {
  el.tabIndex = 0
  el.setAttribute('role', 'link')
  el.addEventListener('click', (e) => { if (!(e.target as Element).closest('a,button')) open() })
  el.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && e.target === el) { e.preventDefault(); open() }
  })
  return el
}

/**
 * " · original", linking to where an article was published, or nothing: only http(s) addresses become
 * links, so a stored `javascript:` or `data:` URL can never run, whatever the CSP.
 */
export function sourceLink(url: string | null | undefined): Child {
  if (!url || !/^https?:\/\//i.test(url)) return null
  return [' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')]
}

export const empty = (message: string) => h('p', { class: 'empty' }, message)
export const section = (title: string, ...children: Child[]) => h('section', { class: 'block' }, h('h2', {}, title), ...children)
