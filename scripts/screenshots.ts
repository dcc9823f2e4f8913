/**
 * `npm run screenshots`: retakes the README's pictures from the built site (`npm run build` first), so they show
 * what the kit looks like now: a cover, a module divider, a content slide and an exercise slide of the workshop
 * at 1280×720 (the play view, as the projector shows it), and the reading view on a 390×844 phone.
 */
import { relative } from 'node:path'
import process from 'node:process'
import { chromium, devices } from 'playwright-chromium'
import { DECKS } from '../curriculum/decks.ts'
import { CHROMIUM_ARGS, ensureBrowser } from './lib/browser.ts'
import { readDeck } from './lib/deck-info.ts'
import { serveStatic } from './lib/static-server.ts'

const OUT = 'docs/images'
const deck = DECKS[0]!
const { slides } = await readDeck(deck.entry)

/** 1-based number of the first slide matching `test`; fails loudly when a deck change removed it. */
function slideWhere(what: string, test: (slide: typeof slides[number]) => boolean): number {
  const index = slides.findIndex(test)
  if (index < 0)
    throw new Error(`screenshots: no slide is ${what}; update scripts/screenshots.ts`)
  return index + 1
}

const shots = [
  { file: 'cover.png', no: 1 },
  {
    file: 'module.png',
    no: slideWhere('module 2\'s divider', s => s.frontmatter.layout === 'module' && s.frontmatter.module === 2),
  },
  {
    file: 'content.png',
    no: slideWhere('the competency wheel', s => s.content.includes('<CompetencyWheel')),
  },
  {
    file: 'exercise.png',
    no: slideWhere('an exercise slide', s => s.frontmatter.layout === 'exercise' && s.content.includes('<SingleChoice')),
  },
]
const phoneShot = {
  file: 'reading-view-phone.png',
  no: slideWhere('the self-assessment', s => s.content.includes('<SelfAssessment')),
}

const browser = await chromium.launch({ executablePath: ensureBrowser().executablePath, args: CHROMIUM_ARGS })
const server = await serveStatic('dist')
const folder = relative('dist', deck.outDir).split('\\').join('/')
const site = new URL(folder
  ? `${folder}/`
  : '', server.url).href
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  for (const { file, no } of shots) {
    await page.goto(`${site}index.html#/${no}`)
    await page.locator(`#slide-content [data-slidev-no="${no}"] .slidev-layout`).waitFor()
    await page.evaluate(() => document.fonts.ready)
    // The pointer rests off the slide: no hover state, no navigation bar.
    await page.mouse.move(1279, 1)
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${OUT}/${file}` })
    console.log(`${OUT}/${file}: slide ${no}`)
  }
  const phone = await browser.newPage({
    ...devices['iPhone 13'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  })
  await phone.goto(`${site}index.html#/${phoneShot.no}`)
  await phone.locator('[data-kit-reading]').waitFor()
  await phone.evaluate(() => document.fonts.ready)
  await phone.waitForTimeout(400)
  await phone.screenshot({ path: `${OUT}/${phoneShot.file}` })
  console.log(`${OUT}/${phoneShot.file}: slide ${phoneShot.no}, reading view`)
}
catch (error) {
  console.error(error instanceof Error
    ? error.message
    : error)
  process.exitCode = 1
}
finally {
  await server.close()
  await browser.close()
}
