import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, expectTextWithout, openExercise, openPrintView, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const IDS = ['m5-rewrite-1', 'm5-rewrite-2'] as const
const LEVELS = ['做到', '部分做到', '没做到']

async function openRewrite(page: Page, id: string): Promise<{ no: number, root: Locator }> {
  const opened = await openExercise(page, id, `<Rewrite id="${id}"`)
  await expect(opened.root).toHaveAttribute('data-state', 'unanswered')
  return opened
}

/**
 * With focus on the first radio of the rubric: rates criterion i with LEVELS[levels[i]] (Space picks
 * 做到, the right arrow moves on), Tab to the next criterion.
 */
async function rateWithKeyboard(page: Page, root: Locator, levels: number[]): Promise<void> {
  const groups = root.getByRole('radiogroup')
  for (const [i, level] of levels.entries()) {
    await expect(groups.nth(i).getByRole('radio').first()).toBeFocused()
    await page.keyboard.press('Space')
    for (let k = 0; k < level; k++)
      await page.keyboard.press('ArrowRight')
    await expect(groups.nth(i).getByRole('radio', { name: LEVELS[level], exact: true })).toBeChecked()
    if (i < levels.length - 1)
      await page.keyboard.press('Tab')
  }
}

test('rewrite: write, compare with the model answer, rate yourself by the rubric, with the keyboard only; restored after reload; survives corrupt storage', async ({ page }) => {
  test.setTimeout(120_000)
  const data = await exerciseData(IDS[0], 'rewrite')
  const max = data.rubric.length * 2
  const guard = await guardPage(page)
  const { no, root } = await openRewrite(page, IDS[0])
  await expect(root).toHaveAttribute('data-max-score', String(max))
  await expect(root).toContainText(data.original)
  for (const answer of data.modelAnswers)
    await expect(root).not.toContainText(answer)

  const textarea = root.getByRole('textbox', { name: '改成群众语言' })
  const compare = root.getByRole('button', { name: '对照参考说法' })
  const checkButton = root.getByRole('button', { name: '检查答案' })
  await expect(compare).toBeDisabled()

  // The gaming answer of the old keyword scoring: typing it earns nothing by itself.
  const mine = '大爷，今天先回去，带上身份证再来，我帮您填表。'
  await tabTo(page, textarea)
  await page.keyboard.type(mine)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(checkButton).toBeDisabled()

  await page.keyboard.press('Tab')
  await expect(compare).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(root.locator('.models')).toContainText(data.modelAnswers[0]!)
  await expect(textarea).toHaveJSProperty('readOnly', true)
  // Focus moves to the rubric's instruction; Tab reaches the first criterion.
  await page.keyboard.press('Tab')
  // 做到, 部分做到, 没做到, then 做到 for any further criterion.
  const levels = data.rubric.map((_, i) => [0, 1, 2][i] ?? 0)
  const score = String(levels.reduce((sum, level) => sum + 2 - level, 0))
  await rateWithKeyboard(page, root, levels)
  await expect(root).toHaveAttribute('data-state', 'answered')
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', score)
  await expect(root.getByRole('status')).toContainText(`自评 ${score} / ${max} 分`)
  await expect(root.getByRole('status')).toContainText(data.rubric[2]!.text)

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', score)
  await expect(textarea).toHaveValue(mine)
  await expect(root.getByRole('radiogroup').nth(1).getByRole('radio', { name: '部分做到' })).toBeChecked()

  // Retry starts over: the text, the model answer and the rubric are gone.
  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(textarea).toHaveValue('')
  await expect(root.locator('.models')).toHaveCount(0)
  await expect(root.getByRole('radiogroup')).toHaveCount(0)

  await corruptStoredAnswer(page, IDS[0])
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(textarea).toHaveValue('')
  expect(guard.problems).toEqual([])
})

test('rewrite: the compare button and the rubric options are at least 44 px tall at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const { root } = await openRewrite(page, IDS[1])
  await root.getByRole('textbox', { name: '改成群众语言' }).fill('您好')
  const compare = root.getByRole('button', { name: '对照参考说法' })
  expect((await compare.boundingBox())?.height).toBeGreaterThanOrEqual(44)
  await compare.click()
  for (const option of await root.locator('.rubric__option').all())
    expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44)
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
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(textarea).toHaveValue(attack)
  await reload(page)
  await expect(textarea).toHaveValue(attack)
  await page.waitForTimeout(300)
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(guard.problems).toEqual([])
})

test('rewrite: 查看答案 shows the model answers, rated 做到 throughout, without crediting the learner', async ({ page }) => {
  const data = await exerciseData(IDS[1], 'rewrite')
  const { root } = await openRewrite(page, IDS[1])
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toHaveAttribute('data-score', '0')
  for (const answer of data.modelAnswers)
    await expect(root.locator('.models')).toContainText(answer)
  await expect(root.getByRole('radio', { name: '做到', exact: true, checked: true })).toHaveCount(data.rubric.length)
})

test('rewrite prints the original sentence with ruled lines and the rubric as a checklist, no model answer', async ({ page }) => {
  await openPrintView(page, ...IDS)
  for (const id of IDS) {
    const data = await exerciseData(id, 'rewrite')
    const sheet = printSheet(page, id)
    await expect(sheet).toHaveAttribute('data-mode', 'print')
    await expect(sheet).toContainText(data.original)
    await expect(sheet.locator('.line')).toHaveCount(3)
    await expect(sheet.locator('.rubric-table th')).toHaveText(data.rubric.map(c => c.text))
    await expect(sheet.locator('.kit-box')).toHaveCount(data.rubric.length * 3)
    await expect(sheet.locator('button, textarea, input')).toHaveCount(0)
    await expectTextWithout(sheet, data.modelAnswers)
  }
})
