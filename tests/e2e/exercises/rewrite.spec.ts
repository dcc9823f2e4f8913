import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, expectTextWithout, openExercise, openPrintView, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const IDS = ['m5-rewrite-1', 'm5-rewrite-2'] as const

async function openRewrite(page: Page, id: string): Promise<{ no: number, root: Locator }> {
  const opened = await openExercise(page, id, `<Rewrite id="${id}"`)
  await expect(opened.root).toHaveAttribute('data-state', 'unanswered')
  return opened
}

test('rewrite: a 官腔 answer scores nothing, a plain rewrite earns full marks; restored after reload; survives corrupt storage', async ({ page }) => {
  const data = await exerciseData(IDS[0], 'rewrite')
  const max = data.criteria.reduce((sum, c) => sum + c.points, 0)
  const guard = await guardPage(page)
  const { no, root } = await openRewrite(page, IDS[0])
  await expect(root).toHaveAttribute('data-max-score', String(max))
  await expect(root).toContainText(data.original)
  // The model answers stay hidden until an attempt.
  for (const answer of data.modelAnswers)
    await expect(root).not.toContainText(answer)

  const textarea = root.getByRole('textbox', { name: '改成群众语言' })
  const checkButton = root.getByRole('button', { name: '检查答案' })

  // Wrong: the 官腔 itself.
  await tabTo(page, textarea)
  await page.keyboard.type('请按程序提交相关材料。')
  await expect(root).toHaveAttribute('data-state', 'answered')
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText('还没有得分')
  await expect(root.getByRole('status')).toContainText('仍有官腔“按程序”“相关材料”')
  await expect(root.locator('.criteria .missed')).toHaveCount(2)
  await expect(root.locator('.criteria .missed').first()).toContainText(data.criteria[0]!.hint)
  await expect(root.locator('.models')).toContainText(data.modelAnswers[0]!)

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(textarea).toHaveValue('')
  await expect(root.locator('.models')).toHaveCount(0)

  // Right: the learner's own plain rewrite.
  const mine = '阿姨，您带上身份证和户口本，我帮您当场填表。'
  await tabTo(page, textarea)
  await page.keyboard.type(mine)
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(max))
  await expect(root.getByRole('status')).toContainText('改得好')
  await expect(root.locator('.criteria .met')).toHaveCount(data.criteria.length)
  // Typing inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(max))
  await expect(textarea).toHaveValue(mine)

  await corruptStoredAnswer(page, IDS[0])
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(textarea).toHaveValue('')
  expect(guard.problems).toEqual([])
})

test('rewrite: learner text is shown literally, never run as HTML', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const guard = await guardPage(page)
  const { root } = await openRewrite(page, IDS[1])
  const attack = '<img src=x onerror=alert(1)>'
  const textarea = root.getByRole('textbox', { name: '改成群众语言' })
  await tabTo(page, textarea)
  await page.keyboard.type(attack)
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(textarea).toHaveValue(attack)
  await reload(page)
  await expect(textarea).toHaveValue(attack)
  await page.waitForTimeout(300)
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(guard.problems).toEqual([])
})

test('rewrite: 查看答案 shows the model answers', async ({ page }) => {
  const data = await exerciseData(IDS[1], 'rewrite')
  const { root } = await openRewrite(page, IDS[1])
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toHaveAttribute('data-score', '0')
  for (const answer of data.modelAnswers)
    await expect(root.locator('.models')).toContainText(answer)
})

test('rewrite prints the original sentence with ruled lines, no model answer', async ({ page }) => {
  await openPrintView(page)
  for (const id of IDS) {
    const data = await exerciseData(id, 'rewrite')
    const sheet = printSheet(page, id)
    await expect(sheet).toHaveAttribute('data-mode', 'print')
    await expect(sheet).toContainText(data.original)
    await expect(sheet.locator('.line')).toHaveCount(3)
    await expect(sheet.getByRole('button')).toHaveCount(0)
    await expect(sheet.locator('textarea')).toHaveCount(0)
    await expectTextWithout(sheet, [
      ...data.modelAnswers,
      ...data.criteria.map(criterion => criterion.hint),
    ])
  }
})
