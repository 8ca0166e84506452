/**
 * Hostile document shapes of issue 12, built from invented words at any size: what an attacker (or a broken
 * scraper) can send. Shared by the hostile-input test, which caps and counts, and `npm run bench -- --adversarial`,
 * which times them.
 */
const SENTENCE = 'The Freedonian ministry said on Monday that 12 soldiers were killed near Ostrel, officials told reporters.'

/** `depth` elements each inside the one before, around one paragraph of prose. */
export function nestedHtml(depth: number): string {
  const open = '<div><span>'.repeat(Math.ceil(depth / 2))
  const close = '</span></div>'.repeat(Math.ceil(depth / 2))
  return `<!doctype html><html><head><title>Deep</title></head><body>${open}<p>${SENTENCE} ${SENTENCE}</p>${close}</body></html>`
}

/** `pairs` short quotations in a row, each with its cue: every one a statement. */
export function quotePairs(pairs: number): string {
  return Array.from({ length: pairs }, (_, i) => `"Ship ${i} left," he said.`).join(' ')
}

/** Ordinary news paragraphs repeated up to about `chars` characters: one long document. */
export function longArticle(chars: number): string {
  const paragraph = [
    SENTENCE,
    '"We did not fire on the convoy," the Valdorian defence minister, Ana Brenn, told state television on Tuesday.',
    'Two days after the raid, the Sarvenian army said 30 civilians had been wounded and three were missing.',
  ].join(' ')
  return repeatTo(`${paragraph}\n\n`, chars)
}

/** One sentence of `chars` characters: words and commas, never a full stop. */
export function oneSentence(chars: number): string {
  return `${repeatTo('the convoy moved on, ', chars - 1)}.`
}

/** `count` numbers in running text, with casualty words around some of them. */
export function manyNumbers(count: number): string {
  return Array.from({ length: count }, (_, i) => (i % 10 === 0 ? `${i} soldiers were killed,` : `${i},`)).join(' ') + ' officials said.'
}

/** `count` date words in a row: weekdays, months and relative words with nothing between them. */
export function dateWords(count: number): string {
  const words = ['Monday', 'last', 'week', 'March', '3', 'two', 'days', 'after', 'Tuesday', 'ago', 'next', 'year', 'on', 'the', 'raid']
  return `${Array.from({ length: count }, (_, i) => words[i % words.length]).join(' ')}.`
}

/** `count` quotation marks with a few words between them, never closed in pairs that make sense. */
export function quoteMarks(count: number): string {
  return Array.from({ length: count }, (_, i) => (i % 3 === 0 ? '"a' : i % 3 === 1 ? '“b' : '” c')).join(' ')
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars)
}
