import { readGold } from './eval/gold.js'
import { extractDocument } from './src/extract/extract.js'
const [file, grep] = process.argv.slice(2)
const gold = readGold('../shared/realdev/' + file)
const x = extractDocument({ text: gold.text, published: gold.document.published, language: gold.document.language ?? 'en', outlet: gold.document.outlet, format: 'text' })
for (const a of x.actors) if (!grep || a.id.includes(grep)) console.log(a.id, a.type, a.country ?? '', a.memberOf ?? '', a.mentions.map((m) => m.text).join('|').slice(0, 120))
