export * from './span.js'
export * from './document.js'
export * from './annotations.js'
export * from './annotated-doc.js'
