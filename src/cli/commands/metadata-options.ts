import type { Command } from 'commander'
import { isoDate } from '../options.js'

export interface MetadataFlags {
  readonly published?: string
  readonly outlet?: string
  readonly url?: string
  readonly title?: string
  readonly language?: string
}

/** The metadata flags shared by `ingest` and `extract`: they describe plain inputs. */
export function metadataOptions(command: Command): Command {
  return command
    .option('--published <date>', 'publication date, YYYY-MM-DD (anchors relative dates)', isoDate)
    .option('--outlet <name>', 'the outlet that published it')
    .option('--url <url>', 'where it was published')
    .option('--title <title>', 'its headline')
    .option('--language <code>', 'ISO 639-1 language code (default: the page’s own, else en)')
}
