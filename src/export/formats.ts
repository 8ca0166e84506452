/** What can be exported, as the CLI offers it without loading the exporters. */
export const FORMATS = ['json', 'jsonl', 'csv', 'claimreview'] as const
export type Format = (typeof FORMATS)[number]

export const TABLES = ['statements', 'casualties', 'events', 'actors', 'reversals', 'disagreements', 'timeline'] as const
export type Table = (typeof TABLES)[number]
