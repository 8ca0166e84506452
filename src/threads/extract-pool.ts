import { Piscina } from 'piscina'
import { workerFile } from './worker-file.js'
import type { ExtractAnswer, ExtractTask } from './extract-worker.js'

export type ExtractPool = Piscina<ExtractTask, ExtractAnswer>

/** `threads` worker threads that extract documents (see extract-worker.ts); destroy() when done. */
export const extractPool = (threads: number): ExtractPool =>
  new Piscina<ExtractTask, ExtractAnswer>({ filename: workerFile('extract-worker', import.meta.url), minThreads: threads, maxThreads: threads })
