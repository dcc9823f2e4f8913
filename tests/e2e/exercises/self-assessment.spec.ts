import type { Locator, Page } from '@playwright/test'
import type { SelfAssessmentData } from '../../../exercises/kinds/self-assessment.ts'
import { expect, test } from '@playwright/test'
import moduleTwo from '../../../exercises/data/02-competencies.ts'
import { validateExerciseFile } from '../../../exercises/schema.ts'
import { readDeck } from '../../../scripts/lib/deck-info.ts'
import { DECKS } from '../../../scripts/lib/decks.ts'
import { guardPage } from '../../lib/guard.ts'
import { sitePath, slideNoContaining, slideUrl } from '../../lib/site.ts'

const deck = DECKS[0]!
const ID = 'm2-self-assessment'
const STORAGE_KEY = `qzgz-kit:exercise:${ID}`
/** The ratings typed in, by dimension: the lowest two are the 6th (1) and the 2nd (2). */
const RATINGS = [4, 2, 5, 3, 4, 1, 3, 5]

function selfAssessmentData(): SelfAssessmentData {
  const { exercises, problems } = validateExerciseFile('exercises/data/02-competencies.ts', moduleTwo)
  const exercise = exercises.find(e => e.id === ID)
  if (problems.length || exercise?.type !== 'self-assessment')
    throw new Error(`${ID} is not a valid self-assessment: ${problems.join('; ')}`)
  return exercise
}

/** Presses Tab until one of `target`'s elements has focus (a person tabbing through the slide). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluateAll(elements => elements.some(element => element.matches(':focus'))))
      return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${target} with the keyboard`)
}

test('self-assessment: rated with the keyboard only, radar drawn, checked, restored after reload, survives corrupt storage', async ({ page }) => {
  const data = selfAssessmentData()
  expect(data.dimensions).toHaveLength(RATINGS.length)
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, `id="${ID}"`)
  const guard = await guardPage(page)
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${ID}"]`)
  const groups = root.getByRole('radiogroup')
  const chart = root.getByRole('img')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '0')
  await expect(groups).toHaveCount(data.dimensions.length)

  // Tab into each group: Space rates 1, the right arrow raises the rating; Tab goes on to the next competency.
  await tabTo(page, groups.first().getByRole('radio'))
  for (const [i, rating] of RATINGS.entries()) {
    await expect(groups.nth(i).getByRole('radio').first()).toBeFocused()
    await page.keyboard.press('Space')
    for (let k = 1; k < rating; k++)
      await page.keyboard.press('ArrowRight')
    await expect(groups.nth(i).getByRole('radio').nth(rating - 1)).toBeChecked()
    if (i < RATINGS.length - 1)
      await page.keyboard.press('Tab')
  }
  await expect(root).toHaveAttribute('data-state', 'answered')
  for (const [i, d] of data.dimensions.entries())
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`${d.label} ${RATINGS[i]} 分`))

  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  // Unscored: checked is simply answered.
  await expect(root.getByRole('status')).toContainText('已完成自评')
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText(`${data.dimensions[5]!.label}（1 分）、${data.dimensions[1]!.label}（2 分）`)
  // The arrow keys rated; they never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await page.reload()
  await expect(root.getByRole('status')).toContainText('已完成自评')
  for (const [i, rating] of RATINGS.entries())
    await expect(groups.nth(i).getByRole('radio').nth(rating - 1)).toBeChecked()
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`${data.dimensions[0]!.label} ${RATINGS[0]} 分`))

  // 查看答案 shows guidance, not a solution; the learner's ratings stay.
  await root.getByRole('button', { name: '查看答案' }).focus()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root.getByRole('status')).toContainText(data.guidance)
  await expect(groups.nth(0).getByRole('radio').nth(RATINGS[0]! - 1)).toBeChecked()

  await page.evaluate(key => localStorage.setItem(key, '{bad'), STORAGE_KEY)
  await page.reload()
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(groups).toHaveCount(data.dimensions.length)
  await expect(root.locator('input[type="radio"]:checked')).toHaveCount(0)
  expect(guard.problems).toEqual([])
})

test('self-assessment prints a rating table with empty boxes and an empty radar grid, no guidance', async ({ page }) => {
  const data = selfAssessmentData()
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  const sheet = page.locator(`#print-content [data-exercise-id="${ID}"]`)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('tbody tr')).toHaveCount(data.dimensions.length)
  await expect(sheet.locator('.box')).toHaveCount(data.dimensions.length * data.levels.length)
  for (const d of data.dimensions)
    await expect(sheet.locator('tbody')).toContainText(d.label)
  const chart = sheet.getByRole('img')
  await expect(chart).toHaveAttribute('aria-label', /空白/)
  await expect(chart.locator('.radar-chart__values')).toHaveCount(0)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  const text = await sheet.textContent() ?? ''
  expect(text).not.toContain(data.guidance)
  for (const level of data.levels)
    expect(text).not.toContain(level.description)
})
