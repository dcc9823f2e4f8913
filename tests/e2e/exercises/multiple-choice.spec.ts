import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, expectTextWithout, openExercise, openPrintView, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm3-image-1'
const IDS = ['m3-image-1', 'm7-learning-1']

/**
 * Reaches the first checkbox with Tab (Shift+Tab when `shift`, i.e. coming from the buttons below),
 * then tabs through the options, pressing Space on each one in `indexes`.
 */
async function tickWithKeyboard(page: Page, boxes: Locator, indexes: number[], shift = false): Promise<void> {
  await tabTo(page, boxes.first(), shift)
  const count = await boxes.count()
  for (let i = 0; i < count; i++) {
    await expect(boxes.nth(i)).toBeFocused()
    if (indexes.includes(i))
      await page.keyboard.press('Space')
    if (i < count - 1)
      await page.keyboard.press('Tab')
  }
  for (let i = 0; i < count; i++) {
    if (indexes.includes(i))
      await expect(boxes.nth(i)).toBeChecked()
    else
      await expect(boxes.nth(i)).not.toBeChecked()
  }
}

async function openMultipleChoice(page: Page, id = ID) {
  const { no, root } = await openExercise(page, id)
  return {
    no,
    root,
    boxes: root.locator('input[type="checkbox"]'),
  }
}

test('multiple choice: partial credit, restored after reload, then full marks, all with the keyboard', async ({ page }) => {
  const data = await exerciseData(ID, 'multiple-choice')
  const guard = await guardPage(page)
  const { no, root, boxes } = await openMultipleChoice(page)
  const right = data.options.flatMap((o, i) => (o.correct
    ? [i]
    : []))
  const wrong = data.options.findIndex(o => !o.correct)
  expect(right.length).toBeGreaterThan(1)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', String(right.length))

  // Every correct option plus one wrong one: right minus wrong = max − 1.
  await tickWithKeyboard(page, boxes, [...right, wrong])
  await expect(root).toHaveAttribute('data-state', 'answered')
  const checkButton = root.getByRole('button', { name: '检查答案' })
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', String(right.length - 1))
  await expect(root.getByRole('status')).toContainText(`部分正确。选对 ${right.length} 项，选错 1 项，漏选 0 项`)
  await expect(root).toContainText(data.options[wrong]!.feedback)
  await expect(boxes.nth(wrong)).toBeDisabled()

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', String(right.length - 1))
  await expect(boxes.nth(wrong)).toBeChecked()

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await tickWithKeyboard(page, boxes, right, true)
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(right.length))
  await expect(root.getByRole('status')).toContainText('回答正确')

  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))
  expect(guard.problems).toEqual([])
})

test('multiple choice: wrong options only score 0, and a corrupt saved answer is dropped', async ({ page }) => {
  const data = await exerciseData(ID, 'multiple-choice')
  const guard = await guardPage(page)
  const { root, boxes } = await openMultipleChoice(page)
  const wrong = data.options.flatMap((o, i) => (o.correct
    ? []
    : [i]))
  await tickWithKeyboard(page, boxes, wrong)
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText('回答不正确')
  for (const index of wrong)
    await expect(root).toContainText(data.options[index]!.feedback)

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(boxes.first()).toBeEnabled()
  expect(guard.problems).toEqual([])
})

test('multiple choice: the solution button ticks the correct options and shows the rationale', async ({ page }) => {
  const data = await exerciseData(ID, 'multiple-choice')
  const { root, boxes } = await openMultipleChoice(page)
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toContainText(data.rationale)
  for (const [i, option] of data.options.entries()) {
    if (option.correct)
      await expect(boxes.nth(i)).toBeChecked()
    else
      await expect(boxes.nth(i)).not.toBeChecked()
  }
})

test('multiple choice prints as a worksheet: question and empty boxes, no answer', async ({ page }) => {
  await openPrintView(page, ...IDS)
  for (const id of IDS) {
    const data = await exerciseData(id, 'multiple-choice')
    const sheet = printSheet(page, id)
    await expect(sheet).toHaveAttribute('data-mode', 'print')
    await expect(sheet).toContainText(data.question)
    await expect(sheet.locator('.kit-box')).toHaveCount(data.options.length)
    await expect(sheet.getByRole('button')).toHaveCount(0)
    await expect(sheet.locator('input')).toHaveCount(0)
    await expectTextWithout(sheet, [
      data.rationale,
      ...data.options.map(option => option.feedback),
    ])
  }
})
