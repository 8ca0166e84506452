#!/usr/bin/env node
// Builds the web UI: TypeScript modules for the browser (tsconfig.web.json → dist/web), then the page,
// styles and icon beside them. No bundler and no network: the browser loads plain ES modules from the server.
import { copyFileSync, mkdirSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.web.json`], { stdio: 'inherit' })
mkdirSync(`${root}dist/web`, { recursive: true })
for (const file of ['index.html', 'styles.css', 'favicon.svg']) copyFileSync(`${root}src/web/${file}`, `${root}dist/web/${file}`)
