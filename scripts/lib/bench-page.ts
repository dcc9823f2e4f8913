/**
 * The benchmark's browser measurements of a built deck (scripts/bench.ts):
 * - firstSlide: a cold visit (empty cache, no service worker) under a throttled connection (CDP
 *   Network.emulateNetworkConditions), timed in the page from navigation start until slide 1 is visible
 *   and document.fonts.ready has settled after it; bytes are what went over the wire until then;
 * - nextSlides: every slide change (↓, next slide) from the first to the last slide, timed in the page
 *   from the key press until the new slide is visible and painted.
 */
import type { Browser, CDPSession, Page } from 'playwright-chromium'
import { isLoopbackUrl } from './loopback.ts'

export interface Throttle {
  /** Round trip added to every request, in ms. */
  latencyMs: number
  /** Bits per second. */
  downloadBps: number
  uploadBps: number
}

/** Lighthouse's mobile profile ("slow 4G"): 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const MOBILE_THROTTLE: Throttle = {
  latencyMs: 150,
  downloadBps: 1.6 * 1024 * 1024,
  uploadBps: 750 * 1024,
}

export interface FirstSlideRun {
  ms: number
  bytes: number
  requests: number
  urls: { url: string, bytes: number }[]
  thirdParty: string[]
}

export interface BenchView {
  viewport: { width: number, height: number }
  /** A phone with touch: the site chooses the reading view (reading/chooseView.ts) on its own. */
  phone: boolean
}

/** The views measured: the canvas on a laptop, and the reading view on a phone (iPhone 13-like). */
export const VIEWS = {
  'canvas': {
    viewport: { width: 1280, height: 720 },
    phone: false,
  },
  'phone-reading': {
    viewport: { width: 390, height: 844 },
    phone: true,
  },
} as const satisfies Record<string, BenchView>

/**
 * Runs in the page before any script: notes when slide `no` is first visible after a paint, then when
 * the fonts are ready after that, as window.__kitFirstSlide (ms since navigation start).
 */
function watchFirstSlide(no: number): void {
  const done = (ms: number) => {
    (window as unknown as { __kitFirstSlide?: number }).__kitFirstSlide = ms
  }
  const visible = () => {
    const slide = document.querySelector(`[data-slidev-no="${no}"]`)
    const layout = slide?.querySelector('.slidev-layout')
    if (!slide || !layout || slide.querySelector('.slidev-slide-loading'))
      return false
    const box = layout.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && getComputedStyle(slide).display !== 'none'
  }
  const check = () => {
    if (!visible()) {
      requestAnimationFrame(() => setTimeout(check))
      return
    }
    // Fonts the slide needs start loading at its first layout; wait for them (and any started since).
    void document.fonts.ready.then(() => requestAnimationFrame(() => setTimeout(() => done(performance.now()))))
  }
  requestAnimationFrame(() => setTimeout(check))
}

async function throttle(cdp: CDPSession, settings: Throttle): Promise<void> {
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: settings.latencyMs,
    downloadThroughput: settings.downloadBps / 8,
    uploadThroughput: settings.uploadBps / 8,
  })
}

/** One cold visit of `url` (slide 1) in `view`, throttled; fails after `timeoutMs`, or when the view drawn is not `view`. */
export async function firstSlide(browser: Browser, url: string, view: BenchView, settings: Throttle, timeoutMs = 60_000): Promise<FirstSlideRun> {
  const context = await browser.newContext({
    viewport: view.viewport,
    serviceWorkers: 'block',
    ...(view.phone
      ? { hasTouch: true, isMobile: true, deviceScaleFactor: 3 }
      : {}),
  })
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error' || /runtime compilation/i.test(message.text()))
        errors.push(message.text())
    })
    const thirdParty: string[] = []
    await page.route('**/*', (route) => {
      if (isLoopbackUrl(route.request().url()))
        return route.continue()
      thirdParty.push(route.request().url())
      return route.abort('blockedbyclient')
    })
    const cdp = await context.newCDPSession(page)
    await throttle(cdp, settings)
    const requests = new Map<string, string>()
    const bytes = new Map<string, number>()
    let counting = true
    cdp.on('Network.requestWillBeSent', (event) => {
      if (counting && !event.request.url.startsWith('data:'))
        requests.set(event.requestId, event.request.url)
    })
    cdp.on('Network.loadingFinished', (event) => {
      if (counting && requests.has(event.requestId))
        bytes.set(event.requestId, event.encodedDataLength)
    })
    await page.addInitScript(watchFirstSlide, 1)
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs })
    const handle = await page.waitForFunction(() => (window as unknown as { __kitFirstSlide?: number }).__kitFirstSlide, undefined, { timeout: timeoutMs, polling: 50 })
    const ms = await handle.jsonValue() as number
    const reading = await page.locator('[data-kit-reading]').count() > 0
    if (reading !== view.phone)
      throw new Error(`${url} at ${view.viewport.width}×${view.viewport.height} drew the ${reading ? 'reading' : 'canvas'} view, not the ${view.phone ? 'reading' : 'canvas'} view`)
    // Responses still arriving for requests made before the slide was ready count too.
    await page.waitForTimeout(200)
    counting = false
    if (errors.length)
      throw new Error(`${url} reported errors while loading:\n  ${errors.join('\n  ')}`)
    const urls = [...requests].map(([id, url]) => ({ url, bytes: bytes.get(id) ?? 0 }))
    return {
      ms,
      bytes: urls.reduce((sum, entry) => sum + entry.bytes, 0),
      requests: urls.length,
      urls,
      thirdParty,
    }
  }
  finally {
    await context.close()
  }
}

/** Milliseconds from a ↓ key press to slide `no` visible and painted (measured in the page). */
async function timeNextSlide(page: Page, no: number, timeoutMs: number): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __kitPress?: number, __kitShown?: number, __kitWaiting?: boolean }
    delete w.__kitPress
    delete w.__kitShown
    delete w.__kitWaiting
    window.addEventListener('keydown', () => {
      w.__kitPress = performance.now()
    }, { once: true, capture: true })
  })
  await page.keyboard.press('ArrowDown')
  const handle = await page.waitForFunction((no: number) => {
    const w = window as unknown as { __kitPress?: number, __kitShown?: number, __kitWaiting?: boolean }
    if (w.__kitShown !== undefined)
      return w.__kitShown
    const slide = document.querySelector(`[data-slidev-no="${no}"]`)
    const layout = slide?.querySelector('.slidev-layout')
    if (w.__kitPress === undefined || w.__kitWaiting || !slide || !layout || slide.querySelector('.slidev-slide-loading') || getComputedStyle(slide).display === 'none')
      return false
    w.__kitWaiting = true
    requestAnimationFrame(() => setTimeout(() => {
      w.__kitShown = performance.now() - w.__kitPress!
    }))
    return false
  }, no, { timeout: timeoutMs, polling: 'raf' })
  return await handle.jsonValue() as number
}

/** Every slide change from slide 1 to `total`, unthrottled (loopback), in ms. */
export async function nextSlides(browser: Browser, url: string, total: number, timeoutMs = 30_000): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWS.canvas.viewport, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs })
    await page.waitForSelector('[data-slidev-no="1"] .slidev-layout', { timeout: timeoutMs })
    await page.evaluate(() => document.fonts.ready)
    const times: number[] = []
    for (let no = 2; no <= total; no++) {
      // Keys typed into an exercise never change slides: start every change from the page itself.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.())
      try {
        times.push(await timeNextSlide(page, no, timeoutMs))
      }
      catch (error) {
        // A change that never shows counts as the whole timeout (over budget), and the run goes on.
        if ((error as Error).name !== 'TimeoutError')
          throw error
        console.log(`    slide ${no} did not show within ${timeoutMs} ms`)
        times.push(timeoutMs)
        await page.goto(`${url.replace(/#.*$/, '')}#/${no}`, { waitUntil: 'load', timeout: timeoutMs })
      }
    }
    return times
  }
  finally {
    await context.close()
  }
}
