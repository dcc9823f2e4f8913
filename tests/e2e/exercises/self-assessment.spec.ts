import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, expectTextWithout, openPrintView, openSlide, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm2-self-assessment'
/** The ratings typed in, by dimension: the lowest two are the 6th (1) and the 2nd (2). */
const RATINGS = [4, 2, 5, 3, 4, 1, 3, 5]

test('self-assessment: rated with the keyboard only, radar drawn, checked, restored after reload, survives corrupt storage', async ({ page }) => {
  const data = await exerciseData(ID, 'self-assessment')
  expect(data.dimensions).toHaveLength(RATINGS.length)
  const no = await exerciseSlideNo(ID)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
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
  // Each label, now with its rating ("政策把握 3"), lies whole inside the chart's drawing: none is cut at an edge.
  const cutLabels = await chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    return [
      ...svg.querySelectorAll('.radar-chart__label'),
    ].filter((label) => {
      const r = label.getBoundingClientRect()
      return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5
    }).map(label => label.textContent)
  })
  expect(cutLabels, 'radar labels cut at the chart\'s edge').toEqual([])

  await tabTo(page, root.getByRole('button', { name: '完成自评' }))
  await page.keyboard.press('Enter')
  // Unscored: checked is simply answered.
  await expect(root.getByRole('status')).toContainText('已完成自评')
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText(`${data.dimensions[5]!.label}（1 分）、${data.dimensions[1]!.label}（2 分）`)
  // The arrow keys rated; they never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root.getByRole('status')).toContainText('已完成自评')
  for (const [i, rating] of RATINGS.entries())
    await expect(groups.nth(i).getByRole('radio').nth(rating - 1)).toBeChecked()
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`${data.dimensions[0]!.label} ${RATINGS[0]} 分`))

  // 使用建议 shows guidance, not a solution; the learner's ratings stay.
  await root.getByRole('button', { name: '使用建议' }).focus()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root.getByRole('status')).toContainText(data.guidance)
  await expect(groups.nth(0).getByRole('radio').nth(RATINGS[0]! - 1)).toBeChecked()

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(groups).toHaveCount(data.dimensions.length)
  await expect(root.locator('input[type="radio"]:checked')).toHaveCount(0)
  expect(guard.problems).toEqual([])
})

test('self-assessment prints a rating table with empty boxes and an empty radar grid, no guidance', async ({ page }) => {
  const data = await exerciseData(ID, 'self-assessment')
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('tbody tr')).toHaveCount(data.dimensions.length)
  await expect(sheet.locator('.kit-box')).toHaveCount(data.dimensions.length * data.levels.length)
  for (const d of data.dimensions)
    await expect(sheet.locator('tbody')).toContainText(d.label)
  const chart = sheet.getByRole('img')
  await expect(chart).toHaveAttribute('aria-label', /空白/)
  await expect(chart.locator('.radar-chart__values')).toHaveCount(0)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  await expectTextWithout(sheet, [
    data.guidance,
    ...data.levels.map(level => level.description),
  ])
})
