import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { expect, test as setup } from '@playwright/test'

setup('npm run export writes every PDF of every deck in one pass', async () => {
  setup.setTimeout(600_000)
  // Exactly what a user runs (the sites were built by `npm test` before the browser tests).
  const result = spawnSync(process.execPath, ['scripts/export.ts', '--skip-build'], { encoding: 'utf8' })
  const output = `${result.stdout}\n${result.stderr}`
  expect(result.status, output).toBe(0)
  for (const deck of ['workshop', 'briefing']) {
    for (const kind of [
      'slides',
      'slides-steps',
      'workbook',
      'facilitator-guide',
    ])
      expect(output).toMatch(new RegExp(`✔ \\S*${deck}-${kind}\\.pdf: \\d+ pages`))
  }
  // The step-by-step PDF is printed; the slides PDF is printed too, or written from it when no slide has click steps.
  expect(output).toMatch(/workshop-slides-steps\.pdf: printing/)
  expect(output).toMatch(/PDFs written:/)
})
