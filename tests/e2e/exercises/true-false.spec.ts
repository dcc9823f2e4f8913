import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { chooseWithKeyboard, corruptStoredAnswer, exerciseData, expectTextWithout, openExercise, openPrintView, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm3-service-1'
const IDS = ['m3-service-1', 'm7-policy-1']

/** Radio index of the judgement: 正确 first, 错误 second. */
function indexOf(answer: boolean) {
  return answer
    ? 0
    : 1
}

async function openTrueFalse(page: Page, id = ID) {
  const { no, root } = await openExercise(page, id)
  return {
    no,
    root,
    radios: root.locator('input[type="radio"]'),
  }
}

test('true-false: judged wrong, restored after reload, retried and judged right with the keyboard only', async ({ page }) => {
  const data = await exerciseData(ID, 'true-false')
  const guard = await guardPage(page)
  const { no, root, radios } = await openTrueFalse(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '1')
  await expect(root.getByRole('group')).toContainText(data.statement)
  await expect(radios).toHaveCount(2)

  const checkButton = root.getByRole('button', { name: '检查答案' })
  await tabTo(page, radios)
  await chooseWithKeyboard(page, radios, indexOf(!data.answer), true)
  await expect(root).toHaveAttribute('data-state', 'answered')
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText(data.feedback[`${!data.answer}`])

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(radios.nth(indexOf(!data.answer))).toBeChecked()

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await tabTo(page, radios, true)
  await chooseWithKeyboard(page, radios, indexOf(data.answer), true)
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', '1')
  await expect(root.getByRole('status')).toContainText('回答正确')
  await expect(root.getByRole('status')).toContainText(data.feedback[`${data.answer}`])

  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(radios.first()).toBeEnabled()
  expect(guard.problems).toEqual([])
})

test('true-false: the solution button shows the answer and rationale', async ({ page }) => {
  for (const id of IDS) {
    const data = await exerciseData(id, 'true-false')
    const { root, radios } = await openTrueFalse(page, id)
    await tabTo(page, root.getByRole('button', { name: '查看答案' }))
    await page.keyboard.press('Enter')
    await expect(root).toHaveAttribute('data-state', 'revealed')
    await expect(root).toContainText(data.rationale)
    await expect(radios.nth(indexOf(data.answer))).toBeChecked()
    await expect(root.getByRole('status')).toContainText(`正确答案：${data.answer ? '正确' : '错误'}`)
  }
})

test('true-false prints as a worksheet: statement and two empty boxes, no answer', async ({ page }) => {
  await openPrintView(page, ...IDS)
  for (const id of IDS) {
    const data = await exerciseData(id, 'true-false')
    const sheet = printSheet(page, id)
    await expect(sheet).toHaveAttribute('data-mode', 'print')
    await expect(sheet).toContainText(data.statement)
    await expect(sheet.locator('.kit-box')).toHaveCount(2)
    await expect(sheet.getByRole('button')).toHaveCount(0)
    await expectTextWithout(sheet, [data.rationale, data.feedback.true, data.feedback.false])
  }
})
