/** What can be exported, as the CLI offers it without loading the exporters. */
export const FORMATS = ['json', 'jsonl', 'csv', 'claimreview', 'ucdp-csv', 'timeml', 'report'] as const
export type Format = (typeof FORMATS)[number]

export const TABLES = ['statements', 'casualties', 'events', 'actors', 'reversals', 'disagreements', 'timeline', 'tallies'] as const
export type Table = (typeof TABLES)[number]
