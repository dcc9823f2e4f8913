/**
 * `npm run kit`: the whole kit in dist/ — every deck built as a site, every PDF exported, every
 * deck's SCORM 1.2 and 2004 packages — followed by a table of what was written.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { DECKS } from '../curriculum/decks.ts'
import { buildAndExportDecks } from './lib/export-decks.ts'
import { describeFile, printSummary } from './lib/pdf-summary.ts'
import { packageBuiltSite } from './lib/scorm-package.ts'

try {
  const started = Date.now()
  const pdfs = await buildAndExportDecks({ decks: DECKS })
  const zips: string[] = []
  for (const deck of DECKS)
    zips.push(...await packageBuiltSite(deck))
  const sites = await Promise.all(DECKS.map(deck => join(deck.outDir, 'index.html')).filter(existsSync).map(describeFile))
  printSummary('The kit in dist/:', [
    ...sites,
    ...pdfs,
    ...await Promise.all(zips.map(describeFile)),
  ])
  console.log(`\n✔ Kit ready in ${((Date.now() - started) / 1000).toFixed(0)} s. Browse it with npm run serve (http://127.0.0.1:4173/), or present with npm run dev.`)
}
catch (error) {
  console.error(`\n✖ Kit failed: ${(error as Error).message}`)
  process.exit(1)
}
