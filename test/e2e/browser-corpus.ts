/**
 * Short articles we wrote for the browser tests and the README screenshots: an invented incident
 * between real countries (the country data resolves them), dated in the future so nobody mistakes it for news.
 */
export interface Article { readonly title: string; readonly published: string; readonly outlet: string; readonly text: string }

export const DEMO_ARTICLES: readonly Article[] = [
  {
    title: 'Copenhagen denies troops crossed into Sweden',
    published: '2032-02-10',
    outlet: 'The Northern Ledger',
    text: 'The Danish government denied on 9 February that Danish soldiers were in Sweden. "There are no Danish troops in Sweden," the Danish defence ministry said.\n\n'
      + 'The Swedish government said on 9 February that Danish soldiers were in Sweden, near a border town it did not name.',
  },
  {
    title: 'Denmark admits 14 soldiers died in Sweden',
    published: '2032-02-14',
    outlet: 'Baltic Wire',
    text: 'The Danish government announced on Thursday that 14 Danish soldiers were killed in Sweden on 9 February.\n\n'
      + 'The Swedish army said on Wednesday that 20 Danish soldiers died in the fighting. Analysts said the figure could rise.',
  },
  {
    title: 'Ceasefire talks open',
    published: '2032-02-16',
    outlet: 'Baltic Wire',
    text: 'Envoys from Copenhagen and Stockholm met on Monday to open ceasefire talks, the Swedish foreign ministry said. '
      + 'The Danish army said on Monday that 17 Danish soldiers were killed on 9 February.',
  },
]
