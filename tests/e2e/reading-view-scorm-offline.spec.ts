/**
 * The reading view where a phone meets it outside the plain site: a SCORM package in an LMS app's
 * webview (tests/lms/player.html, its frame as wide as the phone) and the site offline, from its
 * service worker. Needs `npm run scorm` (like tests/e2e/scorm-lms.spec.ts).
 */
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { decodeSuspendData } from '../../scorm/suspendData.ts'
import { exerciseSlideNo } from '../lib/exercise-page.ts'
import { guardPage } from '../lib/guard.ts'
import { closeCourse, launchCourse, lmsCmi, readPackage, serveLms } from '../lib/lms.ts'
import { phoneContext, PHONES } from '../lib/reading.ts'
import { slideUrl } from '../lib/site.ts'

// These tests are about the packages and the offline worker: let the site register it.
test.use({
  ...phoneContext(PHONES[0].viewport),
  serviceWorkers: 'allow',
})

const deck = DECKS[0]!
const SINGLE = 'why-check-1'

test('SCORM 2004 in a phone webview: the reading view, an answer given by touch reaches suspend_data', async ({ page }) => {
  const guard = await guardPage(page)
  await serveLms(page, readPackage(deck, '2004'))
  const course = await launchCourse(page, '2004')
  // The LMS app gives the package the whole phone screen.
  await page.locator('#course').evaluate((frame, { width, height }) => {
    frame.style.width = `${width}px`
    frame.style.height = `${height}px`
  }, PHONES[0].viewport)
  const reading = course.locator('[data-kit-reading]')
  await expect(reading).toBeVisible()
  const no = await exerciseSlideNo(SINGLE)
  for (let at = 1; at < no; at++)
    await course.getByRole('button', { name: '下一页' }).tap()
  const root = reading.locator(`[data-slidev-no="${no}"] [data-exercise-id="${SINGLE}"]`)
  await root.locator('label:has(input[type="radio"])').first().tap()
  await root.getByRole('button', { name: '检查答案' }).tap()
  await expect(root).not.toHaveAttribute('data-state', /^(?:unanswered|answered)$/)
  const state = (await root.getAttribute('data-state'))!
  await closeCourse(page)
  const record = decodeSuspendData((await lmsCmi(page)).suspend_data)
  expect(record).toMatchObject({ slide: no })
  expect(record!.exercises[SINGLE]).toMatchObject({ checked: true, type: 'single-choice' })
  // Relaunched with what the LMS kept: back on the slide, the answer checked, still in the reading view.
  const relaunched = await launchCourse(page, '2004', await lmsCmi(page))
  await expect(relaunched.locator(`[data-kit-reading] [data-slidev-no="${no}"] [data-exercise-id="${SINGLE}"]`)).toHaveAttribute('data-state', state)
  expect(guard.problems).toEqual([])
})

test('offline: after the first visit the reading view opens and turns pages with the network off', async ({ context, page }) => {
  await page.goto(slideUrl(deck, 1))
  await expect(page.locator('[data-kit-reading]')).toBeVisible()
  await page.evaluate(async () => {
    const deadline = Date.now() + 20_000
    while (!navigator.serviceWorker.controller) {
      if (Date.now() > deadline)
        throw new Error('no service worker controls the page after 20 s')
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  })
  await context.setOffline(true)
  const response = await page.reload()
  expect(response?.fromServiceWorker(), 'index.html came from the service worker').toBe(true)
  await expect(page.locator('[data-kit-reading] [data-slidev-no="1"] .slidev-layout')).toBeVisible()
  // Slides whose chunks were never loaded online, an exercise among them.
  const no = await exerciseSlideNo(SINGLE)
  await page.goto(slideUrl(deck, no))
  await expect(page.locator(`[data-kit-reading] [data-slidev-no="${no}"] [data-exercise-id="${SINGLE}"]`)).toBeVisible()
  await page.getByRole('button', { name: '下一页' }).tap()
  await expect(page.locator(`[data-kit-reading] [data-slidev-no="${no + 1}"] .slidev-layout`)).toBeVisible()
  await context.setOffline(false)
})
