import { expect, test } from '@playwright/test'
import { chooseWithKeyboard, exerciseData, exerciseRoot, exerciseSlideNo, expectTextWithout, openPrintView, openSlide, printSheet, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'why-check-1'

test('single choice: answered wrong, retried and answered right with the keyboard only', async ({ page }) => {
  const data = await exerciseData(ID, 'single-choice')
  const no = await exerciseSlideNo(ID)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '1')

  const wrongIndex = data.options.findIndex(o => !o.correct)
  const rightIndex = data.options.findIndex(o => o.correct)
  const radios = root.locator('input[type="radio"]')
  const checkButton = root.getByRole('button', { name: '检查答案' })

  await tabTo(page, radios)
  await chooseWithKeyboard(page, radios, wrongIndex)
  await expect(root).toHaveAttribute('data-state', 'answered')

  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText(data.options[wrongIndex]!.feedback)

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')

  await tabTo(page, radios, true)
  await chooseWithKeyboard(page, radios, rightIndex)
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', '1')
  await expect(root.getByRole('status')).toContainText('回答正确')

  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))
  expect(guard.problems).toEqual([])
})

test('single choice: the solution button shows the answer and rationale', async ({ page }) => {
  const data = await exerciseData(ID, 'single-choice')
  const no = await exerciseSlideNo(ID)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await root.getByRole('button', { name: '查看答案' }).click()
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toContainText(data.rationale)
  await expect(root.locator('input[type="radio"]').nth(data.options.findIndex(o => o.correct))).toBeChecked()
})

test('single choice prints as a worksheet: question and empty boxes, no answer', async ({ page }) => {
  const data = await exerciseData(ID, 'single-choice')
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet).toContainText(data.question)
  await expect(sheet.locator('.kit-box')).toHaveCount(data.options.length)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  await expectTextWithout(sheet, [
    data.rationale,
    ...data.options.map(option => option.feedback),
  ])
})
