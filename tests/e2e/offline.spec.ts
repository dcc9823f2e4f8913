/**
 * Offline: after the first visit each deck's site keeps working with the network off, served by its own
 * service worker (setup/vite-plugins.ts), with the self-hosted font; nothing ever goes to a non-loopback host.
 */
import type { BrowserContext, Page } from '@playwright/test'
import type { DeckSpec } from '../../curriculum/decks.ts'
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { FONT_FAMILY } from '../../scripts/lib/font-subset.ts'
import { isLoopbackUrl } from '../../scripts/lib/loopback.ts'
import { guardPage } from '../lib/guard.ts'
import { sitePath, slideUrl } from '../lib/site.ts'

/** Every request of the context (pages and service workers) that would leave loopback. */
async function recordOffHostRequests(context: BrowserContext): Promise<string[]> {
  const offHost: string[] = []
  context.on('request', (request) => {
    if (!isLoopbackUrl(request.url()))
      offHost.push(request.url())
  })
  // Service workers' own fetches are routed through the context only; block any that leaves loopback.
  await context.route('**/*', (route) => {
    if (isLoopbackUrl(route.request().url()))
      return route.fallback()
    offHost.push(route.request().url())
    return route.abort('blockedbyclient')
  })
  return offHost
}

/**
 * Waits until the service worker of the page's own folder (scope = the folder of its index.html) is active
 * and controls the page; a page first opened under another worker's scope (the site root's) is claimed by
 * its own worker once that activates. Returns the worker's script URL and scope.
 */
async function waitForController(page: Page): Promise<{ script: string, scope: string }> {
  return page.evaluate(async () => {
    const folder = new URL('./', location.href).href
    const deadline = Date.now() + 20_000
    for (;;) {
      const registration = await navigator.serviceWorker.getRegistration()
      const active = registration?.scope === folder
        ? registration.active
        : null
      if (active?.state === 'activated' && navigator.serviceWorker.controller?.scriptURL === active.scriptURL)
        return { script: active.scriptURL, scope: registration!.scope }
      if (Date.now() > deadline)
        throw new Error(`no service worker for ${folder} controls the page after 20 s`)
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  })
}

/** The fonts Chromium really used to draw the first text with hanzi inside `selector`. */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string, isCustomFont: boolean, glyphCount: number }[]> {
  const found = await page.evaluate((selector) => {
    document.querySelector('[data-font-probe]')?.removeAttribute('data-font-probe')
    const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/\p{Script=Han}/u.test(node.textContent ?? '')) {
        node.parentElement!.setAttribute('data-font-probe', '')
        return true
      }
    }
    return false
  }, selector)
  expect(found, `hanzi in ${selector}`).toBe(true)
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    await cdp.send('CSS.enable')
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts
  }
  finally {
    await cdp.detach()
  }
}

async function expectSlideWithKitFont(page: Page, no: number): Promise<void> {
  const slide = page.locator(`[data-slidev-no="${no}"] .slidev-layout`).first()
  await expect(slide).toBeVisible()
  await expect(slide).toContainText(/\p{Script=Han}/u)
  // The font files came from the worker's cache: Noto Sans SC is loaded, no face failed.
  const faces = await page.evaluate(async (family) => {
    await document.fonts.ready
    return [...document.fonts]
      .filter(face => face.family.replace(/["']/g, '') === family)
      .map(face => ({ weight: face.weight, status: face.status }))
  }, FONT_FAMILY)
  expect(faces.filter(face => face.status === 'error')).toEqual([])
  expect(faces.filter(face => face.status === 'loaded').map(face => face.weight)).toContain('400')
  // And Chromium drew the slide's Chinese text with it, not with a system font.
  const fonts = await renderedFonts(page, `[data-slidev-no="${no}"] .slidev-layout`)
  // (Its internal name is "Noto Sans SC Thin": Google's static instances keep the variable font's name.)
  expect(fonts.filter(font => font.isCustomFont).map(font => font.familyName)).toContainEqual(expect.stringMatching(new RegExp(`^${FONT_FAMILY}\\b`)))
  expect(fonts.filter(font => !font.isCustomFont && font.glyphCount > 0).map(font => font.familyName), 'text drawn with a system font').toEqual([])
}

async function goOfflineAndCheck(page: Page, context: BrowserContext, deck: DeckSpec): Promise<void> {
  const { slides } = await readDeck(deck.entry)
  await context.setOffline(true)
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)

  // A full reload with the network off: the worker answers for the page and everything it loads.
  const response = await page.reload()
  expect(response?.fromServiceWorker(), 'index.html came from the service worker').toBe(true)
  await expectSlideWithKitFont(page, 1)

  // Keyboard: → moves on (click steps first, then the next slide), ← comes back.
  await page.locator('body').click({
    position: { x: 5, y: 5 },
  })
  for (let step = 0; step < 10 && !/#\/2(?:\?|$)/.test(page.url()); step++)
    await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/#\/2(?:\?|$)/)
  await expect(page.locator('[data-slidev-no="2"] .slidev-layout').first()).toBeVisible()
  for (let step = 0; step < 10 && !/#\/1(?:\?|$)/.test(page.url()); step++)
    await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/#\/1(?:\?|$)/)

  // By URL: a slide in the middle and the last one (chunks never loaded online), then a cold load there.
  for (const no of [
    Math.ceil(slides.length / 2),
    slides.length,
  ]) {
    await page.goto(slideUrl(deck, no))
    await expectSlideWithKitFont(page, no)
  }
  await page.reload()
  await expectSlideWithKitFont(page, slides.length)
}

// This spec is about service workers: let the site register them (playwright.config.ts blocks them).
test.use({ serviceWorkers: 'allow' })

for (const deck of DECKS) {
  test.describe(`offline site: ${deck.name}`, () => {
    test('after the first visit the deck works with the network off, with its font, and never leaves loopback', async ({ context, page }) => {
      const offHost = await recordOffHostRequests(context)
      const guard = await guardPage(page)
      await page.goto(slideUrl(deck, 1))
      await expect(page.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible()

      const worker = await waitForController(page)
      const folder = new URL(sitePath(deck), page.url()).href
      expect(worker.scope, 'the worker is scoped to the deck\'s folder').toBe(folder)
      expect(worker.script).toBe(`${folder}sw.js`)

      // The web-app manifest names this deck, in Chinese, and stays inside its folder.
      const manifest = await (await page.request.get(`${folder}manifest.webmanifest`)).json()
      expect(manifest).toMatchObject({
        name: (await readDeck(deck.entry)).title,
        lang: 'zh-CN',
        start_url: './',
        scope: './',
      })
      expect(JSON.stringify(manifest)).not.toMatch(/https?:/)

      await goOfflineAndCheck(page, context, deck)
      expect(guard.problems).toEqual([])
      expect(offHost).toEqual([])
    })
  })
}

test.describe('offline site: nested decks', () => {
  test('each deck is served by the worker of its own folder, not by the one of the site root', async ({ context, page }) => {
    // The kit ships a deck nested in another's folder (dist/briefing/ inside dist/): that is what this tests.
    expect(DECKS.some(deck => deck.outDir.startsWith('dist/')), 'a deck built into a sub-folder of dist/').toBe(true)
    const offHost = await recordOffHostRequests(context)
    const guard = await guardPage(page)
    const controllers: Record<string, string> = {}
    for (const deck of DECKS) {
      await page.goto(slideUrl(deck, 1))
      await expect(page.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible()
      controllers[deck.name] = (await waitForController(page)).script
    }
    expect(Object.values(controllers)).toEqual(DECKS.map(deck => new URL(`${sitePath(deck)}sw.js`, page.url()).href))

    await context.setOffline(true)
    for (const deck of DECKS) {
      const response = await page.goto(slideUrl(deck, 2))
      expect(response?.fromServiceWorker(), `${deck.name} from its worker`).toBe(true)
      await expectSlideWithKitFont(page, 2)
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(controllers[deck.name])
    }
    expect(guard.problems).toEqual([])
    expect(offHost).toEqual([])
  })
})

test.describe('offline site: control', () => {
  test('without the worker the site does not open offline (the test really cuts the network)', async ({ browser }) => {
    const deck = DECKS[0]!
    // A visitor who has never been online on the site.
    const fresh = await browser.newContext()
    try {
      const page = await fresh.newPage()
      await fresh.setOffline(true)
      await expect(page.goto(new URL(slideUrl(deck, 1), test.info().project.use.baseURL).href)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
    }
    finally {
      await fresh.close()
    }

    // A visitor whose worker is gone: online visit, unregister, then offline.
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const url = new URL(slideUrl(deck, 1), test.info().project.use.baseURL).href
      await page.goto(url)
      await waitForController(page)
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations())
          await registration.unregister()
      })
      await page.close()
      await context.setOffline(true)
      const again = await context.newPage()
      await expect(again.goto(url)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
    }
    finally {
      await context.close()
    }
  })
})
