import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { guardPage } from '../lib/guard.ts'
import { sitePath, slideUrl } from '../lib/site.ts'

for (const deck of DECKS) {
  test.describe(`built site: ${deck.name}`, () => {
    test('only the slide shown and the slides beside it are built, also after Slidev\'s 3 s "preload every slide"', async ({ page }) => {
      await page.clock.install()
      await page.goto(slideUrl(deck, 10))
      const mounted = page.locator('#slide-content .slidev-page')
      const numbers = async () => (await mounted.evaluateAll(pages => pages.map(el => Number(/slidev-page-(\d+)/.exec(el.className)?.[1])))).sort((a, b) => a - b)
      await expect.poll(numbers).toEqual([9, 10, 11])
      await page.clock.runFor(10_000)
      expect(await numbers()).toEqual([9, 10, 11])
      // A step forward draws the next slide, already built, and builds the one after it.
      await page.keyboard.press('ArrowDown')
      await expect(page.locator('#slide-content [data-slidev-no="11"] .slidev-layout')).toBeVisible()
      await expect.poll(numbers).toEqual([9, 10, 11, 12])
    })

    test('a slide slides in from the next one, except for a learner whose system asks for less motion', async ({ page }) => {
      const moving = page.locator('#slide-content .slide-left-enter-active, #slide-content .slide-left-leave-active')
      await page.emulateMedia({ reducedMotion: 'no-preference' })
      await page.goto(slideUrl(deck, 2))
      await expect(page.locator('#slide-content [data-slidev-no="2"] .slidev-layout')).toBeVisible()
      await page.keyboard.press('ArrowDown')
      await expect(moving).not.toHaveCount(0)
      await expect(moving).toHaveCount(0)

      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.keyboard.press('ArrowDown')
      await expect(page.locator('#slide-content [data-slidev-no="4"] .slidev-layout')).toBeVisible()
      // No transition: by the next frame the slide is in place, and the duration Slidev's transitions use is 0.
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      await expect(moving).toHaveCount(0)
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--slidev-transition-duration').trim())).toBe('0s')
    })

    test('the agenda slide lists every module and break, adding up to the deck\'s duration', async ({ page }) => {
      const { slides, headmatter } = await readDeck(deck.entry)
      const no = slides.findIndex(slide => slide.content.includes('<ModuleAgenda'))
      expect(no, 'agenda slide').toBeGreaterThanOrEqual(0)
      const modules = slides.filter(slide => slide.frontmatter.module !== undefined || slide.frontmatter.break === true)
      await page.goto(slideUrl(deck, no + 1))
      const agenda = page.locator(`[data-slidev-no="${no + 1}"] table`)
      await expect(agenda.locator('tbody tr')).toHaveCount(modules.length)
      await expect(agenda.locator('tfoot')).toContainText(`${String(headmatter.duration).replace('min', '')} 分钟`)
    })

    test('Slidev\'s print view lists every slide, or the slides its ?range= names', async ({ page }) => {
      const { slides } = await readDeck(deck.entry)
      const guard = await guardPage(page)
      const printed = page.locator('#print-content [data-slidev-no]')
      const numbers = () => printed.evaluateAll(els => els.map(el => Number(el.getAttribute('data-slidev-no'))))
      await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
      await expect(page.locator('#print-content .print-slide-container')).toHaveCount(slides.length)
      // No transform on the slides (with one, printing time grows with the square of the deck's length; see
      // styles/kit.css), and still a box that keeps a slide's fixed-position elements inside it.
      const boxes = await page.locator('#print-content .print-slide-container').evaluateAll(els => [
        ...new Set(els.map(el => `${getComputedStyle(el).transform} / ${getComputedStyle(el).contain}`)),
      ])
      expect(boxes).toEqual(['none / layout paint'])
      // A new page load (a changed hash alone would not reload the page).
      await page.goto('about:blank')
      await page.goto(`${sitePath(deck)}index.html?print=true#/print?range=2,5-6`)
      await expect.poll(numbers).toEqual([2, 5, 6])
      expect(guard.problems).toEqual([])
    })
  })
}

test('a browser that refuses to keep the screen on (an LMS frame, a hidden page): no error, one note in the console', async ({ page }) => {
  await page.addInitScript(() => {
    const calls = { count: 0 }
    Object.assign(window, { wakeLockCalls: calls })
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: () => {
          calls.count++
          return Promise.reject(new DOMException('Wake Lock permission request denied', 'NotAllowedError'))
        },
      },
    })
  })
  const guard = await guardPage(page)
  const notes: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'info')
      notes.push(message.text())
  })
  await page.goto(slideUrl(DECKS[0]!, 2))
  await expect(page.locator('#slide-content [data-slidev-no="2"] .slidev-layout')).toBeVisible()
  await expect.poll(() => page.evaluate(() => (window as unknown as { wakeLockCalls: { count: number } }).wakeLockCalls.count)).toBeGreaterThan(0)
  await expect.poll(() => notes.filter(note => /screen wake lock/.test(note))).toHaveLength(1)
  expect(guard.problems).toEqual([])
})
