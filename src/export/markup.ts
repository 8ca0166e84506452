// XML 1.0 forbids most control characters and lone surrogates: each becomes U+FFFD, one for one.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Article text as text in XML or HTML, in content and in double-quoted attributes: never markup. */
export const escapeMarkup = (s: string) => s.replace(NOT_XML, '\uFFFD').replace(/[&<>"]/g, (c) => ENTITIES[c]!)
