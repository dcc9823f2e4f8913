/**
 * Self-study on the built site: the progress badge, resuming at the last slide, and the learning record
 * (/summary: 我的学习记录). Each test starts with an empty localStorage (a fresh browser context).
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { progressKey } from '../../composables/progressPersistence.ts'
import { DECKS } from '../../curriculum/decks.ts'
import { deckExerciseIds } from '../../record/moduleScores.ts'
import { seriousViolations } from '../lib/axe.ts'
import { clientCurricula } from '../lib/curriculum.ts'
import { deck, exerciseData, exerciseRoot, exerciseSlideNo, openSlide, tabTo } from '../lib/exercise-page.ts'
import { guardPage } from '../lib/guard.ts'
import { sitePath, slideUrl } from '../lib/site.ts'

async function curriculum() {
  const found = (await clientCurricula()).find(d => d.name === deck.name)
  if (!found)
    throw new Error(`no curriculum for ${deck.name}`)
  return found
}

/** Where this deck's progress is saved (one key per deck: the decks share the site's origin). */
const PROGRESS_KEY = progressKey((await curriculum()).title)

const badge = (page: Page) => page.locator('[data-kit-progress-text]')
const resumeMessage = (page: Page) => page.locator('[data-kit-resume] [role="status"]')

/** Waits until slide `no` is the one shown. */
async function expectOnSlide(page: Page, no: number): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`#/${no}(?:\\?|$)`))
  await expect(page.locator(`#slide-content [data-slidev-no="${no}"] .slidev-layout`)).toBeVisible()
}

/** Opens the learning record through the badge's link. */
async function openSummary(page: Page): Promise<void> {
  await page.getByRole('link', { name: '学习记录' }).click()
  await expect(page).toHaveURL(/#\/summary$/)
  await expect(page.getByRole('heading', { level: 1, name: '我的学习记录' })).toBeVisible()
}

/** Answers the quiz on slide `no`, question i with option `pick(i)`, then checks it. */
async function answerQuiz(root: Locator, count: number, pick: (i: number) => number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await root.getByRole('group').getByRole('radio').nth(pick(i)).check()
    if (i < count - 1)
      await root.getByRole('button', { name: '下一题' }).click()
  }
  await root.getByRole('button', { name: '检查答案' }).click()
}

test('the badge counts slides seen in the play view only, and is absent from print and presenter views', async ({ page }) => {
  const { slides } = await curriculum()
  const exercises = deckExerciseIds(await curriculum()).length
  const guard = await guardPage(page)
  await openSlide(page, 1)
  await expect(badge(page)).toHaveText(`已学 1 / ${slides.length} 页 · 练习 0 / ${exercises}`)
  await page.keyboard.press('ArrowDown')
  await expectOnSlide(page, 2)
  await page.keyboard.press('ArrowDown')
  await expectOnSlide(page, 3)
  await expect(badge(page)).toHaveText(`已学 3 / ${slides.length} 页 · 练习 0 / ${exercises}`)
  // Going back does not count a slide twice.
  await page.keyboard.press('ArrowUp')
  await expectOnSlide(page, 2)
  await expect(badge(page)).toContainText(`已学 3 / ${slides.length} 页`)
  await expect(page.getByRole('navigation', { name: '学习进度' })).toContainText(`已学习 3 页，共 ${slides.length} 页`)

  // The presenter view neither shows the badge nor records the slide.
  await page.goto(`${sitePath(deck)}index.html#/presenter/9`)
  await expect(page.locator('#slide-content [data-slidev-no="9"]').first()).toBeAttached()
  await expect(badge(page)).toHaveCount(0)
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  await expect(page.locator('#print-content .print-slide-container')).toHaveCount(slides.length)
  await expect(page.locator('[data-kit-progress]')).toHaveCount(0)
  const saved = await page.evaluate(key => JSON.parse(localStorage.getItem(key!) ?? 'null'), PROGRESS_KEY)
  expect(saved).toEqual({
    v: 1,
    deck: (await curriculum()).title,
    slide: 2,
    seen: [1, 2, 3],
  })
  expect(guard.problems).toEqual([])
})

test('the summary shows module scores and the pre-test score; the self-assessment as a radar', async ({ page }) => {
  const pretest = await exerciseData('pretest', 'quiz')
  const single = await exerciseData('why-check-1', 'single-choice')
  const self = await exerciseData('m2-self-assessment', 'self-assessment')
  const { modules, slides } = await curriculum()
  const moduleOf = (no: number) => modules.find(m => m.slides.includes(no))!
  const guard = await guardPage(page)

  // Pre-test: every answer right but the first.
  const preNo = await exerciseSlideNo('pretest', '<Quiz id="pretest"')
  await openSlide(page, preNo)
  const pre = exerciseRoot(page, preNo, 'pretest')
  const right = pretest.items.map(item => item.options.findIndex(o => o.correct))
  await answerQuiz(pre, pretest.items.length, i => (i === 0
    ? (right[0]! + 1) % pretest.items[0]!.options.length
    : right[i]!))
  const preScore = `${pretest.items.length - 1} / ${pretest.items.length}`
  await expect(pre).toHaveAttribute('data-score', String(pretest.items.length - 1))

  // One single-choice exercise, answered right.
  const singleNo = await exerciseSlideNo('why-check-1')
  await openSlide(page, singleNo)
  const root = exerciseRoot(page, singleNo, 'why-check-1')
  await root.locator('input[type="radio"]').nth(single.options.findIndex(o => o.correct)).check()
  await root.getByRole('button', { name: '检查答案' }).click()
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(badge(page)).toContainText('练习 2 /')

  // The self-assessment, every dimension rated (unchecked: the radar shows the learner's ratings anyway).
  const selfNo = await exerciseSlideNo('m2-self-assessment')
  await openSlide(page, selfNo)
  const selfRoot = exerciseRoot(page, selfNo, 'm2-self-assessment')
  const ratings = self.dimensions.map((_, i) => (i % 5) + 1)
  for (const [i, rating] of ratings.entries())
    await selfRoot.getByRole('radiogroup').nth(i).getByRole('radio').nth(rating - 1).check()

  await openSummary(page)
  await expect(page).toHaveTitle(/我的学习记录/)
  const table = page.locator('[data-summary="modules"]')
  const preModule = moduleOf(preNo)
  await expect(table.locator(`tr[data-module="${preModule.number}"] [data-cell="score"]`)).toHaveText(preScore)
  await expect(table.locator(`tr[data-module="${preModule.number}"] [data-cell="done"]`)).toHaveText('1 / 1')
  const singleModule = moduleOf(singleNo)
  await expect(table.locator(`tr[data-module="${singleModule.number}"] [data-cell="score"]`)).toHaveText(/^1 \/ \d+$/)
  await expect(page.locator('[data-summary="quiz"] [data-cell="pre"]')).toHaveText(preScore)
  await expect(page.locator('[data-summary="quiz"] [data-cell="post"]')).toHaveText('未做')
  await expect(page.locator('[data-summary="progress"] [data-cell="slides"]')).toHaveText(`3 / ${slides.length}`)
  await expect(page.locator('[data-summary="progress"] [data-cell="exercises"]')).toContainText('2 /')
  const radar = page.locator('[data-summary="self-assessment"]').getByRole('img')
  for (const [i, d] of self.dimensions.entries())
    await expect(radar).toHaveAttribute('aria-label', new RegExp(`${d.label} ${ratings[i]} 分`))

  // Back to where the learner was, by the record's own link.
  await page.getByRole('link', { name: /返回学习/ }).click()
  await expectOnSlide(page, selfNo)
  expect(guard.problems).toEqual([])
})

test('the action plan on the summary is the learner\'s own text, shown as text', async ({ page }) => {
  const no = await exerciseSlideNo('m9-action-plan')
  const plan = await exerciseData('m9-action-plan', 'action-plan')
  await openSlide(page, no)
  const root = exerciseRoot(page, no, 'm9-action-plan')
  await root.getByRole('combobox').first().selectOption(plan.competencies[1]!)
  const step = '<b>每周入户走访 3 户</b>'
  await root.getByRole('textbox', { name: '第 1 步做什么' }).fill(step)
  await root.getByRole('textbox', { name: '怎样算做到了' }).fill('记录本上有 12 户的走访记录')
  await openSummary(page)
  const record = page.locator('[data-summary="action-plan"]')
  await expect(record).toContainText(plan.competencies[1]!)
  await expect(record).toContainText(step)
  await expect(record.locator('b')).toHaveCount(0)
  await expect(record).not.toContainText(plan.example.steps[0]!.text)
})

test('reopening the site without a slide goes back to the last slide; an explicit slide is respected', async ({ page }) => {
  const guard = await guardPage(page)
  await openSlide(page, 5)
  await expectOnSlide(page, 5)
  await expect(badge(page)).toContainText('已学 1 /')

  // No hash at all.
  await page.goto(`${sitePath(deck)}index.html`)
  await expectOnSlide(page, 5)
  await expect(resumeMessage(page)).toHaveText('已回到上次学习的位置（第 5 页）')

  // `#/` is the same as no slide.
  await page.goto('about:blank')
  await page.goto(`${sitePath(deck)}index.html#/`)
  await expectOnSlide(page, 5)
  await expect(resumeMessage(page)).toHaveText('已回到上次学习的位置（第 5 页）')

  // 从头开始, reached with the keyboard, goes to slide 1.
  const restart = page.getByRole('button', { name: '从头开始' })
  await tabTo(page, restart)
  await page.keyboard.press('Enter')
  await expectOnSlide(page, 1)
  await expect(resumeMessage(page)).toHaveText('')

  // An explicit #/1 stays at 1, with no message.
  await openSlide(page, 7)
  await expectOnSlide(page, 7)
  await page.goto('about:blank')
  await openSlide(page, 1)
  await expectOnSlide(page, 1)
  await expect(resumeMessage(page)).toHaveText('')
  await page.waitForTimeout(500)
  await expectOnSlide(page, 1)

  // The presenter view never resumes.
  await page.goto('about:blank')
  await page.goto(`${sitePath(deck)}index.html#/presenter`)
  await expect(page).toHaveURL(/#\/presenter\/1/)
  expect(guard.problems).toEqual([])
})

test('corrupt saved progress: no crash, a fresh start', async ({ page }) => {
  const { slides } = await curriculum()
  const guard = await guardPage(page)
  await openSlide(page, 4)
  await expectOnSlide(page, 4)
  for (const corrupt of [
    '{bad',
    JSON.stringify({
      v: 99,
      deck: 'x',
      slide: 4,
      seen: [4],
    }),
    JSON.stringify({ v: 1, slide: 'x' }),
  ]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, corrupt])
    await page.goto('about:blank')
    await page.goto(`${sitePath(deck)}index.html`)
    await expectOnSlide(page, 1)
    await expect(badge(page)).toHaveText(new RegExp(`^已学 1 / ${slides.length} 页`))
    await expect(resumeMessage(page)).toHaveText('')
  }
  expect(guard.problems).toEqual([])
})

test('keyboard: the summary link is reachable by Tab; the summary makes no request off loopback and passes axe', async ({ page }) => {
  const guard = await guardPage(page)
  await openSlide(page, 2)
  await expectOnSlide(page, 2)
  const link = page.getByRole('link', { name: '学习记录' })
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/summary$/)
  await expect(page.getByRole('heading', { level: 1, name: '我的学习记录' })).toBeVisible()
  await page.waitForLoadState('networkidle')

  // A fresh load of the summary on its own.
  await page.goto('about:blank')
  await page.goto(`${sitePath(deck)}index.html#/summary`)
  await expect(page.getByRole('heading', { level: 1, name: '我的学习记录' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await seriousViolations(page, '[data-summary-page]')).toEqual([])

  // On paper: A4 record without the buttons.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: /打印/ })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: '我的学习记录' })).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  expect(guard.problems).toEqual([])
})

test('the badge and the resume notice pass axe and sit outside the slide content', async ({ page }) => {
  await openSlide(page, 6)
  await expectOnSlide(page, 6)
  // Leave only once the visit is saved (the page load can come before it).
  await expect.poll(() => page.evaluate(key => JSON.parse(localStorage.getItem(key) ?? 'null')?.slide, PROGRESS_KEY)).toBe(6)
  await page.goto('about:blank')
  await page.goto(`${sitePath(deck)}index.html`)
  await expectOnSlide(page, 6)
  await expect(resumeMessage(page)).not.toHaveText('')
  expect(await seriousViolations(page, '.kit-study')).toEqual([])
  const box = await page.locator('[data-kit-progress]').boundingBox()
  const layout = await page.locator('#slide-content [data-slidev-no="6"] .slidev-layout > *').first().boundingBox()
  expect(box && layout && box.y + box.height <= layout.y + 1).toBeTruthy()
})

test('the workshop and the briefing keep their own progress on the one origin they share', async ({ page }) => {
  const briefing = DECKS.find(d => d !== deck)!
  const briefingTitle = (await clientCurricula()).find(d => d.name === briefing.name)!.title
  const savedSlide = (key: string) => page.evaluate(k => JSON.parse(localStorage.getItem(k) ?? 'null')?.slide, key)
  await openSlide(page, 5)
  await expectOnSlide(page, 5)
  await expect.poll(() => savedSlide(PROGRESS_KEY)).toBe(5)
  await page.goto('about:blank')
  await page.goto(slideUrl(briefing, 3))
  await expectOnSlide(page, 3)
  await expect.poll(() => savedSlide(progressKey(briefingTitle))).toBe(3)
  expect(await savedSlide(PROGRESS_KEY), 'the briefing left the workshop\'s progress alone').toBe(5)
  // Each deck resumes where the learner left it.
  await page.goto('about:blank')
  await page.goto(`${sitePath(deck)}index.html`)
  await expectOnSlide(page, 5)
  await page.goto('about:blank')
  await page.goto(`${sitePath(briefing)}index.html`)
  await expectOnSlide(page, 3)
})
