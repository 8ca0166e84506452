import type { Command } from 'commander'
import { isoDate, languageCode, webUrl } from '../options.js'

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
    .option('--url <url>', 'where it was published (http or https)', webUrl)
    .option('--title <title>', 'its headline')
    .option('--language <code>', 'en or es (default: the page’s own, else detected, else en)', languageCode)
}
