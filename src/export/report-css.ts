/** The report's styles: readable on screen, and on paper cards and rows never split across pages. */
export const REPORT_CSS = `
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { border-bottom: 1px solid #999; margin-top: 2rem; }
.meta, .when, .source, .rating, footer { font: 9pt/1.4 system-ui, sans-serif; color: #444; }
table { border-collapse: collapse; width: 100%; font: 9.5pt/1.4 system-ui, sans-serif; }
th, td { border: 1px solid #bbb; padding: .25rem .4rem; vertical-align: top; text-align: left; }
td ul { margin: 0; padding-left: 1rem; } .superseded { text-decoration: line-through; color: #666; }
blockquote { margin: .3rem 0 .1rem; padding-left: .7rem; border-left: 3px solid #999; }
.card { border: 1px solid #ccc; border-radius: 4px; padding: .5rem .8rem; margin: .6rem 0; list-style: none; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } .said { padding: 0; }
figure.card { margin: .8rem 0; } .chart { width: 100%; height: auto; } figcaption { font: 9pt system-ui, sans-serif; color: #444; }
footer { margin-top: 2rem; border-top: 1px solid #ccc; padding-top: .5rem; }
@page { size: A4; margin: 16mm; }
@media print {
  body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; }
  a[href]::after { content: ' (' attr(href) ')'; font-size: 8pt; word-break: break-all; }
  .card, tr { break-inside: avoid; } h2, h3 { break-after: avoid; }
}
`
