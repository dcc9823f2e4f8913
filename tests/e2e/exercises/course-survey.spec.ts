import { expect, test } from '@playwright/test'
import { DECKS } from '../../../curriculum/decks.ts'
import { readDeck } from '../../../scripts/lib/deck-info.ts'
import { corruptStoredAnswer, exerciseData, expectTextWithout, openExercise, openPrintView, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'
import { sitePath, slideNoContaining } from '../../lib/site.ts'

const ID = 'course-survey'
const MARKER = `<CourseSurvey id="${ID}"`
const SCALE = ['非常不同意', '不同意', '一般', '同意', '非常同意']
/** Chosen point of the scale (1–5) by statement. */
const RATINGS = [4, 5, 2, 3, 1]
const ANSWER = '多一些真实的 12345 工单案例'

test('course survey: rated and answered with the keyboard only, submitted, shown in 学习记录, restored after reload; survives corrupt storage', async ({ page }) => {
  // Two slides, the learning record and three reloads.
  test.setTimeout(120_000)
  const data = await exerciseData(ID, 'course-survey')
  const guard = await guardPage(page)
  const { no, root } = await openExercise(page, ID, MARKER)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '0')
  const groups = root.getByRole('radiogroup')
  await expect(groups).toHaveCount(data.ratings.length)

  // One Tab stop per statement: Space picks 非常不同意, the right arrow moves up the scale.
  await tabTo(page, groups.first().getByRole('radio'))
  for (const [i, item] of data.ratings.entries()) {
    const rating = RATINGS[i % RATINGS.length]!
    const radios = groups.nth(i).getByRole('radio')
    await expect(groups.nth(i)).toHaveAccessibleName(item.text)
    await expect(radios.first()).toBeFocused()
    await page.keyboard.press('Space')
    for (let k = 1; k < rating; k++)
      await page.keyboard.press('ArrowRight')
    await expect(groups.nth(i).getByRole('radio', { name: SCALE[rating - 1], exact: true })).toBeChecked()
    await page.keyboard.press('Tab')
  }
  await expect(root).toHaveAttribute('data-state', 'answered')
  const first = root.getByRole('textbox', { name: data.questions[0]!.text })
  await expect(first).toBeFocused()
  await page.keyboard.type(ANSWER)
  // The arrow keys and typing never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await tabTo(page, root.getByRole('button', { name: '提交评估' }))
  await page.keyboard.press('Enter')
  await expect(root.getByRole('status')).toContainText('已提交')
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root).toHaveAttribute('data-score', '0')

  await reload(page)
  await expect(root.getByRole('status')).toContainText('已提交')
  await expect(first).toHaveValue(ANSWER)
  for (const [i] of data.ratings.entries())
    await expect(groups.nth(i).getByRole('radio').nth(RATINGS[i % RATINGS.length]! - 1)).toBeChecked()

  // 学习记录 lists the ratings and the answer, as text.
  await page.getByRole('link', { name: '学习记录' }).click()
  await expect(page).toHaveURL(/#\/summary$/)
  const record = page.locator('[data-summary="course-survey"]')
  await expect(page.getByRole('heading', { level: 2, name: '课后评估' })).toBeVisible()
  for (const [i, item] of data.ratings.entries()) {
    const rating = RATINGS[i % RATINGS.length]!
    await expect(record.locator(`[data-rating="${item.id}"]`)).toHaveText(new RegExp(`${item.text}\\s*${SCALE[rating - 1]}（${rating} / 5）`))
  }
  await expect(record.locator(`[data-answer="${data.questions[0]!.id}"]`)).toHaveText(ANSWER)
  if (data.questions[1])
    await expect(record.locator(`[data-answer="${data.questions[1].id}"]`)).toHaveText('（未写）')

  await page.goBack()
  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root.locator('input[type="radio"]:checked')).toHaveCount(0)
  expect(guard.problems).toEqual([])
})

test('course survey: every option is at least 44 px tall at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const { root } = await openExercise(page, ID, MARKER)
  for (const option of await root.locator('.survey__option').all())
    expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44)
})

test('course survey closes the briefing deck too', async ({ page }) => {
  const briefing = DECKS.find(d => d.entry === 'briefing.md')!
  const { slides } = await readDeck(briefing.entry)
  const no = slideNoContaining(slides, MARKER)
  expect(slides.length - no).toBeLessThanOrEqual(2)
  await page.goto(`${sitePath(briefing)}index.html#/${no}`)
  await expect(page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${ID}"]`)).toHaveAttribute('data-mode', 'live')
})

test('course survey prints a form: empty boxes under the scale and ruled lines, no answers', async ({ page }) => {
  const data = await exerciseData(ID, 'course-survey')
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('thead th')).toHaveText(['看法', ...SCALE])
  await expect(sheet.locator('.kit-box')).toHaveCount(data.ratings.length * SCALE.length)
  await expect(sheet.locator('.survey__line')).toHaveCount(data.questions.length * 2)
  await expect(sheet.locator('input, textarea, button')).toHaveCount(0)
  await expectTextWithout(sheet, ['如何收集', '已提交'])
})
