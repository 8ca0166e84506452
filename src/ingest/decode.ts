import { InputError } from './errors.js'

export interface Decoded {
  readonly text: string
  /** How many bytes were not valid UTF-8 and became U+FFFD; 0 for a clean file. */
  readonly replaced: number
}

// Text files never hold NUL bytes in UTF-8; a NUL in the first block is the usual mark of a binary file
// (the same test git and grep use).
const SNIFF_BYTES = 8000
// Past this share of replaced characters the file is not text in a wrong encoding but not text at all.
const MAX_REPLACED_SHARE = 0.1

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/**
 * Bytes → text. UTF-8 (a BOM is dropped), or UTF-16 when the file starts with its BOM. Invalid UTF-8 is
 * decoded with replacement characters and counted, so the caller can warn and still ingest.
 */
export function decodeBytes(bytes: Uint8Array, origin: string): Decoded {
  const utf16 = utf16Encoding(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), replaced: 0 }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new InputError('unsupported', origin, `${origin}: looks like a binary file (it contains NUL bytes), not text`)
  }
  try {
    return { text: strict.decode(bytes), replaced: 0 }
  } catch {
    const text = lenient.decode(bytes)
    const replaced = countReplacements(text) - literalReplacements(bytes)
    if (replaced > Math.max(8, text.length * MAX_REPLACED_SHARE)) {
      throw new InputError('unsupported', origin, `${origin}: not readable as text (${replaced} bytes are not valid UTF-8)`)
    }
    return { text, replaced }
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++
  return n
}

// A file may already hold real U+FFFD characters (valid UTF-8 EF BF BD); those are not decoding damage.
function literalReplacements(bytes: Uint8Array): number {
  let n = 0
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++
  }
  return n
}
