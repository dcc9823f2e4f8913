/**
 * The reading view on phones (reading/): Playwright's phone emulation (touch, mobile viewport) at
 * 390×844, 360×740 and 320×568 portrait. Every slide of both decks is walked with the 下一页 button in one page
 * per deck, measured at each of the three sizes in turn (before and after its exercises are answered): no text
 * below 16 px, no tap target below 44 × 44 px and nothing wider than the screen; every exercise is completed
 * with taps alone (text typed into fields, as a phone's keyboard would) and scanned by axe; the answers show in
 * the canvas view and in 学习记录; the chosen view is remembered.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { labelsFor } from '../../exercises/labels.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { seriousViolations } from '../lib/axe.ts'
import { guardPage } from '../lib/guard.ts'
import { isWidthProblem, phoneContext, PHONES, readingProblems } from '../lib/reading.ts'
import { sitePath, slideUrl } from '../lib/site.ts'

const reading = (page: Page) => page.locator('[data-kit-reading]')
const count = (page: Page) => page.locator('[data-kit-reading-count]')
const slideIn = (page: Page, no: number) => reading(page).locator(`[data-slidev-no="${no}"] .slidev-layout`)

/** Waits until the reading view shows slide `no` of `total`. */
async function expectReadingSlide(page: Page, no: number, total: number): Promise<void> {
  await expect(count(page)).toHaveText(`第 ${no} / ${total} 页`)
  await expect(slideIn(page, no)).toBeVisible()
}

/** Opens the 讲解 panel when the slide has one, so that its text is checked too. */
async function openNotes(page: Page): Promise<void> {
  const notes = reading(page).locator('[data-kit-reading-notes]')
  if (await notes.count()) {
    // Closed, the panel draws no text: it would make the browser fetch font slices the page does not show.
    await expect(notes.locator('p')).toHaveCount(0)
    await notes.locator('> summary').tap()
    // The paragraphs are drawn once the panel is open.
    await expect(notes.locator('p').first()).toBeVisible()
  }
}

/**
 * Completes the exercise `root` with taps only (text fields are filled as a phone's keyboard would type),
 * then checks it when it has anything to check.
 */
async function completeByTouch(root: Locator): Promise<void> {
  const type = await root.getAttribute('data-exercise')
  const radioLabels = (scope: Locator) => scope.locator('label:has(input[type="radio"]:not(:disabled))')
  switch (type) {
    case 'single-choice':
    case 'true-false':
      await radioLabels(root).first().tap()
      break
    case 'multiple-choice':
      await root.locator('label:has(input[type="checkbox"])').first().tap()
      break
    case 'quiz': {
      const next = root.getByRole('button', { name: '下一题' })
      for (;;) {
        await radioLabels(root.getByRole('group')).first().tap()
        if (await next.isDisabled())
          break
        await next.tap()
      }
      break
    }
    case 'self-assessment':
      for (const group of await root.getByRole('radiogroup').all())
        await radioLabels(group).last().tap()
      break
    case 'scenario':
      for (let step = 0; step < 10 && await root.locator('.scenario__commit').count(); step++) {
        await radioLabels(root).first().tap()
        await root.locator('.scenario__commit').tap()
      }
      break
    case 'matching': {
      const answers = root.locator('button.answer__pick')
      const prompts = await root.locator('.pair').count()
      for (let i = 0; i < prompts; i++) {
        await answers.nth(i % await answers.count()).tap()
        await root.locator('button.pair__place').nth(i).tap()
      }
      break
    }
    case 'ordering':
      await root.getByRole('button', { name: /^下移/ }).first().tap()
      break
    case 'rewrite':
      await root.locator('textarea').tap()
      await root.locator('textarea').fill('大爷，带上身份证和户口本，我帮您一起填，填好我打电话告诉您结果。')
      // Then compared with the model answers and rated by the rubric.
      await root.getByRole('button', { name: '对照参考说法' }).tap()
      for (const group of await root.getByRole('radiogroup').all())
        await radioLabels(group).first().tap()
      break
    case 'course-survey':
      for (const group of await root.getByRole('radiogroup').all())
        await radioLabels(group).last().tap()
      break
    case 'role-play':
      // The scene, each role's card, then the observers' checklist: tab by tab, as a group works through them.
      for (const tab of await root.getByRole('tab').all())
        await tab.tap()
      await root.locator('label:has(input[type="checkbox"])').first().tap()
      break
    case 'action-plan': {
      // A native select opens the phone's own picker, which Playwright cannot tap: it picks as the picker would.
      await root.locator('select').tap()
      await root.locator('select').selectOption({ index: 1 })
      // A step's text field takes the row, so its example (如：每周走访 3 户独居老人) shows whole; the date goes below.
      {
        const row = (await root.locator('.step').first().boundingBox())!
        const text = (await root.locator('input.step__text').first().boundingBox())!
        expect(text.width, 'the first step\'s text field on a phone').toBeGreaterThan(row.width * 0.8)
      }
      await root.locator('input.step__text').first().tap()
      await root.locator('input.step__text').first().fill('每周走访 3 户独居老人')
      await root.locator('input.step__date').first().fill('2027-03-01')
      await root.locator('input[placeholder="可以检验的结果"]').fill('三个月走访 36 户')
      break
    }
    case 'flashcards':
      for (let card = 0; card < 30 && await root.getByRole('button', { name: '翻面' }).count(); card++) {
        await root.locator('[data-kit-flip]').tap()
        await root.getByRole('button', { name: '记住了' }).tap()
      }
      break
    default:
      throw new Error(`no touch path for exercise type ${type}`)
  }
  // Answered by touch: 检查答案 (or its type's own name) is on, and a tap checks it (it turns off once checked).
  const check = root.getByRole('button', { name: labelsFor(type ?? '').check, exact: true })
  await expect(check, `${type} answered by touch`).toBeEnabled()
  await check.tap()
  await expect(check).toBeDisabled()
  await expect(root).not.toHaveAttribute('data-state', 'unanswered')
}

/**
 * The problems of the reading view as drawn now at every phone width of PHONES, each prefixed with the phone:
 * one page resized in turn (what is measured is CSS px, so one walk serves every width).
 */
async function problemsOnEveryPhone(page: Page): Promise<string[]> {
  const problems: string[] = []
  for (const phone of PHONES) {
    await page.setViewportSize(phone.viewport)
    problems.push(...(await readingProblems(page))
      .filter(problem => !phone.widthOnly || isWidthProblem(problem))
      .map(problem => `${phone.name}: ${problem}`))
  }
  await page.setViewportSize(PHONES[0].viewport)
  return problems
}

test.describe('every slide on a phone', () => {
  test.use(phoneContext(PHONES[0].viewport))

  for (const deck of DECKS) {
    test(`${deck.name}: every slide read and every exercise completed by touch: text ≥ 16 px, tap targets ≥ 44 px, no sideways scroll at ${PHONES.map(phone => phone.name).join(', ')}; axe; the answers show in the canvas view and 学习记录`, async ({ page }) => {
      test.setTimeout(300_000)
      const { slides } = await readDeck(deck.entry)
      const guard = await guardPage(page)
      await page.goto(slideUrl(deck, 1))
      await expect(reading(page)).toBeVisible()
      await expect(page.locator('#slide-content')).toHaveCount(0)
      const states = new Map<string, { no: number, state: string }>()
      const problems: string[] = []
      const axeProblems: string[] = []
      const scannedTypes = new Set<string>()
      for (let no = 1; no <= slides.length; no++) {
        await expectReadingSlide(page, no, slides.length)
        await openNotes(page)
        problems.push(...(await problemsOnEveryPhone(page)).map(problem => `slide ${no}: ${problem}`))
        const exercises = await slideIn(page, no).locator('[data-exercise]').all()
        // axe on the first slide of each exercise type (the others are drawn by the same views) and on every 20th
        // slide, before and after answering.
        const types = await Promise.all(exercises.map(root => root.getAttribute('data-exercise')))
        const fresh = types.filter(type => type && !scannedTypes.has(type))
        fresh.forEach(type => scannedTypes.add(type!))
        const scan = async (phase: string) => {
          if (fresh.length || no % 20 === 1)
            axeProblems.push(...(await seriousViolations(page, '[data-kit-reading]')).map(line => `slide ${no} (${phase}): ${line}`))
        }
        await scan('initial')
        for (const root of exercises) {
          const id = (await root.getAttribute('data-exercise-id'))!
          await completeByTouch(root)
          states.set(id, { no, state: (await root.getAttribute('data-state'))! })
        }
        if (exercises.length) {
          // The checked exercises (marks, feedback, rationale) must fit the phone too.
          problems.push(...(await problemsOnEveryPhone(page)).map(problem => `slide ${no} (answered): ${problem}`))
          await scan('answered')
        }
        if (no < slides.length)
          await page.getByRole('button', { name: '下一页' }).tap()
      }
      await expect(page.getByRole('button', { name: '下一页' })).toBeDisabled()
      expect(problems.join('\n')).toBe('')
      expect(axeProblems.join('\n')).toBe('')
      expect(scannedTypes.size, 'exercise types scanned').toBeGreaterThanOrEqual(deck === DECKS[0]
        ? 10
        : 3)
      expect(states.size, 'exercises completed').toBeGreaterThan(0)
      await expect(page.locator('[data-kit-progress-text]')).toContainText(`练习 ${states.size} / ${states.size}`)

      // 学习记录 counts every exercise as done.
      await page.getByRole('link', { name: '学习记录' }).tap()
      await expect(page).toHaveURL(/#\/summary$/)
      await expect(page.getByRole('heading', { level: 1, name: '我的学习记录' })).toBeVisible()
      await expect(page.locator('main, body').first()).toContainText(`${states.size} / ${states.size}`)

      // The canvas view, chosen on the same phone, shows the same answers; the choice survives a reload.
      const [firstId, first] = [
        ...states.entries(),
      ][0]!
      await page.goto(slideUrl(deck, first.no))
      await page.getByRole('button', { name: '幻灯片视图' }).tap()
      await expect(reading(page)).toHaveCount(0)
      const onCanvas = (id: string, no: number) => page.locator(`#slide-content [data-slidev-no="${no}"] [data-exercise-id="${id}"]`)
      await expect(onCanvas(firstId, first.no)).toHaveAttribute('data-state', first.state)
      await page.reload()
      await expect(onCanvas(firstId, first.no)).toHaveAttribute('data-state', first.state)
      for (const [id, { no, state }] of states) {
        await page.goto(slideUrl(deck, no))
        await expect(onCanvas(id, no), `${id} on the canvas`).toHaveAttribute('data-state', state)
      }
      expect(guard.problems).toEqual([])
    })
  }
})

test.describe('choosing the view', () => {
  test.use(phoneContext(PHONES[0].viewport))

  test('a phone reads, a laptop shows the canvas; each can switch, and the choice is remembered', async ({ page }) => {
    const deck = DECKS[0]!
    await page.goto(slideUrl(deck, 2))
    await expect(reading(page)).toBeVisible()
    await page.setViewportSize({ width: 1280, height: 720 })
    await expect(page.locator('#slide-content [data-slidev-no="2"]')).toBeVisible()
    await expect(reading(page)).toHaveCount(0)
    // 阅读视图 in Slidev's navigation bar, remembered over a reload even on a wide screen.
    await page.getByRole('button', { name: '阅读视图' }).click()
    await expect(reading(page)).toBeVisible()
    await page.reload()
    await expect(slideIn(page, 2)).toBeVisible()
    await page.getByRole('button', { name: '幻灯片视图' }).click()
    await expect(page.locator('#slide-content [data-slidev-no="2"]')).toBeVisible()
    expect(await page.evaluate(() => localStorage.getItem('qzgz-kit:view'))).toBe('"canvas"')
  })

  test('reopening the site on the phone goes back to the page last read, in the reading view, with a notice', async ({ page }) => {
    const deck = DECKS[0]!
    const { slides } = await readDeck(deck.entry)
    await page.goto(slideUrl(deck, 1))
    for (let no = 1; no < 4; no++) {
      await expectReadingSlide(page, no, slides.length)
      await page.getByRole('button', { name: '下一页' }).tap()
    }
    await expectReadingSlide(page, 4, slides.length)
    await page.goto('about:blank')
    await page.goto(`${sitePath(deck)}index.html`)
    await expectReadingSlide(page, 4, slides.length)
    await expect(page.getByText('已回到上次学习的位置（第 4 页）')).toBeVisible()
    await expect(page.locator('[data-kit-progress-text]')).toContainText('已学 4 /')
    // The progress bar runs across the badge, above the figures, not as a stub on a line of its own.
    const badge = (await page.locator('[data-kit-progress]').boundingBox())!
    const bar = (await page.locator('[data-kit-progress] .kit-progress__bar').boundingBox())!
    const figures = (await page.locator('[data-kit-progress-text]').boundingBox())!
    expect(bar.width, 'progress bar width on a phone').toBeGreaterThan(badge.width * 0.8)
    expect(bar.y + bar.height).toBeLessThanOrEqual(figures.y)
  })

  test('a swipe turns the page; a swipe on a form field does not; the arrow keys do too', async ({ page }) => {
    const deck = DECKS[0]!
    const { slides } = await readDeck(deck.entry)
    await page.goto(slideUrl(deck, 5))
    await expectReadingSlide(page, 5, slides.length)
    const client = await page.context().newCDPSession(page)
    const swipe = async (fromX: number, toX: number, y = 400) => {
      await client.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [
          { x: fromX, y },
        ],
      })
      for (let step = 1; step <= 5; step++) {
        await client.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [
            { x: fromX + ((toX - fromX) * step) / 5, y },
          ],
        })
      }
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    await swipe(330, 60)
    await expectReadingSlide(page, 6, slides.length)
    await swipe(60, 330)
    await expectReadingSlide(page, 5, slides.length)
    // A short or vertical move is a scroll, not a page turn.
    await swipe(200, 160)
    await expectReadingSlide(page, 5, slides.length)
    await page.keyboard.press('ArrowRight')
    await expectReadingSlide(page, 6, slides.length)
    await page.keyboard.press('ArrowLeft')
    await expectReadingSlide(page, 5, slides.length)
  })
})
