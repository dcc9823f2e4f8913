/**
 * One room: a trainer works an exercise in Slidev's presenter view while the projector shows the audience
 * window (two pages of one browser). Whatever happens in one window shows in the other within a second,
 * for every exercise type, the discussion timer and 清除我的答案.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test'
import type { ExerciseType } from '../../exercises/schema.ts'
import { expect, test } from '@playwright/test'
import { labelsFor } from '../../exercises/labels.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { allExercises, deck, exerciseSlideNo } from '../lib/exercise-page.ts'
import { changeHash, sitePath, slideNoContaining } from '../lib/site.ts'

/** What a person sees within a second on a projector. */
const SYNC_MS = 1000
/** Opening a window (the presenter view loads its slides lazily; the test machine may be busy). */
const LOAD = { timeout: 30_000 }

/** The audience window (the normal slide view) and the presenter view, on slide `no`. */
async function openRoom(context: BrowserContext, no: number): Promise<{ audience: Page, presenter: Page }> {
  // Counts each window's writes of exercise answers to localStorage.
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    const w = window as unknown as { kitAnswerWrites: number }
    w.kitAnswerWrites = 0
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('qzgz-kit:exercise:'))
        w.kitAnswerWrites++
      return setItem.call(this, key, value)
    }
  })
  const audience = await context.newPage()
  const presenter = await context.newPage()
  await audience.goto(`${sitePath(deck)}index.html#/${no}`)
  await presenter.goto(`${sitePath(deck)}index.html#/presenter/${no}`)
  return { audience, presenter }
}

/** Exercise `id` on slide `no`, as drawn live in this window (the presenter's main slide, not a preview). */
function exerciseIn(page: Page, no: number, id: string): Locator {
  return page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${id}"][data-mode="live"]:visible`).first()
}

/** For each type: something a trainer does in one window, and how the other window shows it. */
const ACTIONS: Record<ExerciseType, (from: Locator, to: Locator) => Promise<void>> = {
  'single-choice': async (from, to) => {
    await from.getByRole('radio').nth(1).check()
    await expect(to.getByRole('radio').nth(1)).toBeChecked({ timeout: SYNC_MS })
    await expect(to).toHaveAttribute('data-state', 'answered', { timeout: SYNC_MS })
  },
  'multiple-choice': async (from, to) => {
    await from.getByRole('checkbox').first().check()
    await expect(to.getByRole('checkbox').first()).toBeChecked({ timeout: SYNC_MS })
  },
  'true-false': async (from, to) => {
    await from.getByRole('radio').first().check()
    await expect(to.getByRole('radio').first()).toBeChecked({ timeout: SYNC_MS })
  },
  'matching': async (from, to) => {
    const value = await from.getByRole('combobox').first().locator('option').nth(1).getAttribute('value')
    await from.getByRole('combobox').first().selectOption(value!)
    await expect(to.getByRole('combobox').first()).toHaveValue(value!, { timeout: SYNC_MS })
  },
  'ordering': async (from, to) => {
    const before = await to.getByRole('listitem').allTextContents()
    await from.getByRole('button', { name: /^下移/ }).first().click()
    await expect.poll(() => to.getByRole('listitem').allTextContents(), { timeout: SYNC_MS }).not.toEqual(before)
    expect(await to.getByRole('listitem').allTextContents()).toEqual(await from.getByRole('listitem').allTextContents())
  },
  'rewrite': async (from, to) => {
    await from.getByRole('textbox').first().fill('您别急，我先帮您查一下进度。')
    await expect(to.getByRole('textbox').first()).toHaveValue('您别急，我先帮您查一下进度。', { timeout: SYNC_MS })
  },
  'action-plan': async (from, to) => {
    await from.getByRole('textbox').first().fill('每周走访两户独居老人')
    await expect(to.getByRole('textbox').first()).toHaveValue('每周走访两户独居老人', { timeout: SYNC_MS })
  },
  'flashcards': async (from, to) => {
    await from.getByRole('button', { name: '翻面' }).click()
    await expect(to.locator('.card__back')).toBeVisible({ timeout: SYNC_MS })
    await from.getByRole('button', { name: '记住了' }).click()
    await expect(to).toContainText('已记住 1', { timeout: SYNC_MS })
  },
  'scenario': async (from, to) => {
    await from.getByRole('radio').first().check()
    await expect(to.getByRole('radio').first()).toBeChecked({ timeout: SYNC_MS })
    await from.getByRole('button', { name: '确定选择' }).click()
    await expect(to.locator('.scenario__consequence')).toBeVisible({ timeout: SYNC_MS })
  },
  'self-assessment': async (from, to) => {
    await from.getByRole('radio').first().check()
    await expect(to.getByRole('radio').first()).toBeChecked({ timeout: SYNC_MS })
  },
  'role-play': async (from, to) => {
    // The tab shown follows too: the facilitator opens the checklist in the presenter view, the projector shows it.
    await from.getByRole('tab', { name: '观察记录' }).click()
    await expect(to.getByRole('tab', { name: '观察记录' })).toHaveAttribute('aria-selected', 'true', { timeout: SYNC_MS })
    await from.getByRole('checkbox').first().check()
    await expect(to.getByRole('checkbox').first()).toBeChecked({ timeout: SYNC_MS })
  },
  'course-survey': async (from, to) => {
    await from.getByRole('radio').first().check()
    await expect(to.getByRole('radio').first()).toBeChecked({ timeout: SYNC_MS })
  },
  'quiz': async (from, to) => {
    await from.getByRole('radio').first().check()
    await expect(to.getByRole('radio').first()).toBeChecked({ timeout: SYNC_MS })
    const question = to.getByRole('group').first()
    const first = await question.textContent()
    await from.getByRole('button', { name: '下一题' }).click()
    await expect(question).not.toHaveText(first!, { timeout: SYNC_MS })
  },
}

test('one room: for every exercise type, the presenter view and the audience window show the same exercise', async ({ context }) => {
  test.setTimeout(120_000)
  const exercises = await allExercises()
  const cases = await Promise.all(Object.entries(ACTIONS).map(async ([type, act]) => {
    const exercise = exercises.find(e => e.type === type)
    expect(exercise, `no ${type} exercise in the kit`).toBeDefined()
    return {
      type,
      act,
      id: exercise!.id,
      no: await exerciseSlideNo(exercise!.id),
    }
  }))
  cases.sort((a, b) => a.no - b.no)
  // One room for the whole deck, as in a workshop: both windows stay open and go from slide to slide.
  const { audience, presenter } = await openRoom(context, cases[0]!.no)
  for (const { type, act, id, no } of cases) {
    await test.step(`${type} (slide ${no})`, async () => {
      await changeHash(audience, `#/${no}`)
      await changeHash(presenter, `#/presenter/${no}`)
      const inPresenter = exerciseIn(presenter, no, id)
      const inAudience = exerciseIn(audience, no, id)
      await expect(inPresenter).toHaveAttribute('data-state', 'unanswered', LOAD)
      await expect(inAudience).toHaveAttribute('data-state', 'unanswered', LOAD)

      // The trainer acts in the presenter view; the projector follows.
      await act(inPresenter, inAudience)
      // 查看答案 (or its type's own name) in the audience window shows in the presenter view.
      await inAudience.getByRole('button', { name: labelsFor(type).showSolution, exact: true }).click()
      await expect(inPresenter).toHaveAttribute('data-state', 'revealed', { timeout: SYNC_MS })
      // 重试 in the presenter view, too.
      await inPresenter.getByRole('button', { name: '重试' }).click()
      await expect(inAudience).not.toHaveAttribute('data-state', 'revealed', { timeout: SYNC_MS })
    })
  }
})

test('the discussion timer started in the presenter view runs on the projector; paused there, it stops in both', async ({ context }) => {
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, '<DiscussionTimer')
  const minutes = Number(slides[no - 1]!.content.match(/<DiscussionTimer[^>]*:minutes="(\d+)"/)![1])
  const full = `${String(minutes).padStart(2, '0')}:00`
  const { audience, presenter } = await openRoom(context, no)
  const timer = (page: Page) => page.locator(`[data-slidev-no="${no}"] .discussion-timer[data-mode="live"]:visible`).first()
  await expect(timer(audience).getByRole('timer')).toHaveText(full, LOAD)
  await expect(timer(presenter).getByRole('timer')).toHaveText(full, LOAD)
  await timer(presenter).getByRole('button', { name: '开始' }).click()
  await expect(timer(audience).getByRole('button', { name: '开始' })).toBeDisabled({ timeout: SYNC_MS })
  await expect(timer(audience).getByRole('timer')).not.toHaveText(full, { timeout: 2000 })
  await timer(audience).getByRole('button', { name: '暂停' }).click()
  await expect(timer(presenter).getByRole('button', { name: '暂停' })).toBeDisabled({ timeout: SYNC_MS })
  await expect(timer(presenter).getByRole('timer')).toHaveText(await timer(audience).getByRole('timer').textContent() ?? '')
  await timer(presenter).getByRole('button', { name: '重置' }).click()
  await expect(timer(audience).getByRole('timer')).toHaveText(full, { timeout: SYNC_MS })
})

test('the projector shows no self-study progress once the presenter view drives it; a learner\'s window keeps it', async ({ context, browser }) => {
  const progress = (page: Page) => page.locator('[data-kit-progress]')
  const audience = await context.newPage()
  await audience.goto(`${sitePath(deck)}index.html#/3`)
  await expect(progress(audience), 'a window alone is a learner\'s').toBeVisible(LOAD)
  const presenter = await context.newPage()
  await presenter.goto(`${sitePath(deck)}index.html#/presenter/3`)
  await presenter.keyboard.press('ArrowRight')
  await expect(audience).toHaveURL(/#\/4(?:\?|$)/, { timeout: SYNC_MS })
  await expect(progress(audience)).toHaveCount(0, { timeout: SYNC_MS })
  // The trainer clicks on the projector once: it stays the room's screen.
  await audience.bringToFront()
  await audience.keyboard.press('ArrowRight')
  await expect(audience).toHaveURL(/#\/5(?:\?|$)/)
  await expect(progress(audience)).toHaveCount(0)
  // A learner's own browser (another context: no presenter there) is not affected.
  const learnerContext = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const learner = await learnerContext.newPage()
    await learner.goto(`${sitePath(deck)}index.html#/4`)
    await expect(progress(learner)).toBeVisible(LOAD)
    await presenter.keyboard.press('ArrowRight')
    await expect(audience).toHaveURL(/#\/6(?:\?|$)/, { timeout: SYNC_MS })
    await expect(progress(learner)).toBeVisible()
    await expect(learner).toHaveURL(/#\/4(?:\?|$)/)
  }
  finally {
    await learnerContext.close()
  }
})

const answerWrites = (page: Page) => page.evaluate(() => (window as unknown as { kitAnswerWrites: number }).kitAnswerWrites)

test('清除我的答案 in one window clears the answers in every window; only the acting window writes storage', async ({ context }) => {
  const exercise = (await allExercises()).find(e => e.type === 'single-choice')!
  const no = await exerciseSlideNo(exercise.id)
  const { audience, presenter } = await openRoom(context, no)
  const inPresenter = exerciseIn(presenter, no, exercise.id)
  const inAudience = exerciseIn(audience, no, exercise.id)
  await expect(inPresenter).toHaveAttribute('data-state', 'unanswered', LOAD)
  await expect(inAudience).toHaveAttribute('data-state', 'unanswered', LOAD)
  await inPresenter.getByRole('button', { name: '查看答案' }).click()
  await expect(inAudience).toHaveAttribute('data-state', 'revealed', { timeout: SYNC_MS })
  expect(await answerWrites(presenter)).toBe(1)
  expect(await answerWrites(audience)).toBe(0)
  await audience.mouse.move(20, 500) // Slidev shows its navigation bar on hover
  audience.once('dialog', dialog => void dialog.accept())
  await audience.getByRole('button', { name: '清除我的答案' }).click()
  await expect(inAudience).toHaveAttribute('data-state', 'unanswered')
  await expect(inPresenter).toHaveAttribute('data-state', 'unanswered', { timeout: SYNC_MS })
  expect(await presenter.evaluate(() => Object.keys(localStorage).filter(key => key.startsWith('qzgz-kit:exercise:')))).toEqual([])
  // A reload brings back nothing.
  await presenter.reload()
  await expect(exerciseIn(presenter, no, exercise.id)).toHaveAttribute('data-state', 'unanswered', LOAD)
})
