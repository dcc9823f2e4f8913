import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, requireBrowser } from './scripts/lib/browser.ts'

/** Port of the loopback server that serves the built site to the e2e tests (E2E_PORT overrides it). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173)
/** The built site under test (E2E_DIST overrides dist/, e.g. to test a second build side by side). */
const E2E_DIST = process.env.E2E_DIST ?? 'dist'

// The one browser resolver; fails with an actionable message when no Chromium is available.
const browser = requireBrowser()

export default defineConfig({
  testDir: 'tests',
  // Projects start in this order (the PDF checks once the export is done), so the two long jobs that only run
  // processes of their own go first, beside the browser tests, instead of after them.
  projects: [
    // Exports every PDF once; the PDF checks read the files it wrote.
    { name: 'export', testMatch: 'pdf/export.setup.ts' },
    // The exporter on fixture decks and a copy of the sources (its errors, several decks in one run): independent of the export.
    { name: 'export-errors', testMatch: 'pdf/export-errors.spec.ts' },
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts' },
    {
      name: 'pdf',
      testMatch: 'pdf/**/*.spec.ts',
      testIgnore: 'pdf/export-errors.spec.ts',
      dependencies: ['export'],
    },
  ],
  // Spec files spread over two workers (the machines this runs on have two cores); the tests of one file stay
  // in order on one worker. Every spec uses its own browser context, storage and (for the live spec) server.
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: 'reports/playwright.json' },
    ],
  ],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // Slides change without sliding, as for a learner who asks for less motion (styles/kit.css): the walks draw
    // each slide once instead of half a second of animation frames. The site spec checks both settings.
    reducedMotion: 'reduce',
    // The built site registers an offline service worker that precaches the whole site on every fresh
    // page; only the specs about it (offline, SCORM) allow it, so the others test the app, not the cache.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.ts ${E2E_DIST} --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
