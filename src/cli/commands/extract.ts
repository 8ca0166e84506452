import { Command } from 'commander'
import { ClaimtrailError } from '../../errors.js'
import { configOf } from '../context.js'
import { printJson, say } from '../print.js'
import { describeExtraction } from '../summary.js'
import { metadataOptions, type MetadataFlags } from './metadata-options.js'

export const extractCommand = metadataOptions(new Command('extract'))
  .description('Run the extraction pipeline on one file without storing anything')
  .argument('<file>', 'an article: .txt, .md, .html, or - for standard input')
  .option('--json', 'print the extraction contract (schema/extraction.schema.json)')
  .addHelpText('after', '\nExamples:\n  claimtrail extract article.txt --published 2026-01-08 --json\n  curl -s https://example.org/story | claimtrail extract - --published 2026-01-08')
  .action(async (file: string, opts: MetadataFlags & { json?: boolean }, command: Command) => {
    const { readInputs } = await import('../../ingest/read.js')
    const { extractDocument } = await import('../../extract/extract.js')
    const { limits } = configOf(command)
    const { documents, errors } = await readInputs([file], { ...opts, maxInputBytes: limits.maxInputBytes })
    for (const e of errors) say(`claimtrail: ${e.message}`)
    const first = documents[0]
    if (!first) throw new ClaimtrailError('bad_input', errors[0]?.message ?? `nothing to extract in ${file}`)
    if (documents.length > 1) say(`claimtrail: ${file} holds ${documents.length} documents; extracting the first`)
    const x = extractDocument(first.document, first.warnings, undefined, [], limits)
    for (const w of x.warnings) say(`warning: ${w.message}`)
    if (opts.json) printJson(x)
    else process.stdout.write(`${describeExtraction(x)}\n`)
  })

