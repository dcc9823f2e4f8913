import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { expect, test as setup } from '@playwright/test'

setup('npm run export writes every PDF of every deck in one pass', async () => {
  setup.setTimeout(600_000)
  // Exactly what a user runs (the sites were built by `npm test` before the browser tests).
  const result = spawnSync(process.execPath, ['scripts/export.ts', '--skip-build'], { encoding: 'utf8' })
  const output = `${result.stdout}\n${result.stderr}`
  expect(result.status, output).toBe(0)
  for (const name of [
    'workshop-slides',
    'workshop-slides-steps',
    'workshop-workbook',
    'workshop-facilitator-guide',
    'briefing-slides',
    'briefing-workbook',
  ])
    expect(output).toMatch(new RegExp(`${name}\\.pdf: printing`))
  expect(output).toMatch(/PDFs written:/)
})
