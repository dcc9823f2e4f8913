import type { Locator, Page } from '@playwright/test'
import type { ScenarioData } from '../../../exercises/types/scenario/kind.ts'
import { expect, test } from '@playwright/test'
import { bestPath, walkScenario } from '../../../exercises/types/scenario/kind.ts'
import { corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, openPrintView, openSlide, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm8-noise-scenario'

/** A path to the lowest-scoring ending (depth-first, in data order). */
function worstPath(data: ScenarioData): string[] {
  const worst = data.endings.reduce((low, e) => (e.score < low.score
    ? e
    : low))
  const find = (nodeId: string): string[] | undefined => {
    for (const choice of data.nodes.find(n => n.id === nodeId)?.choices ?? []) {
      const rest = choice.next === worst.id
        ? []
        : find(choice.next)
      if (rest)
        return [choice.id, ...rest]
    }
    return undefined
  }
  return find(data.start)!
}

/**
 * With focus in the current decision's radio group: Space picks the focused choice, arrow keys move to
 * `choiceId`, Tab reaches 确定选择 and Enter commits. Focus then moves on by itself.
 */
async function decide(page: Page, root: Locator, choiceId: string): Promise<void> {
  const radios = root.locator('.scenario__decision input[type="radio"]')
  await expect(radios.first()).toBeVisible()
  await tabTo(page, radios)
  await page.keyboard.press('Space')
  const values = await radios.evaluateAll(elements => elements.map(e => (e as HTMLInputElement).value))
  const checked = await radios.evaluateAll(elements => elements.findIndex(e => (e as HTMLInputElement).checked))
  const index = values.indexOf(choiceId)
  for (let i = 0; i < Math.abs(index - checked); i++) {
    await page.keyboard.press(index > checked
      ? 'ArrowDown'
      : 'ArrowUp')
  }
  await expect(radios.nth(index)).toBeChecked()
  await tabTo(page, root.getByRole('button', { name: '确定选择' }))
  await page.keyboard.press('Enter')
}

test('scenario: a poor path, 重试, then the best path, with the keyboard only; restored after reload; survives corrupt storage', async ({ page }) => {
  const data = await exerciseData(ID, 'scenario')
  const no = await exerciseSlideNo(ID)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  const status = root.getByRole('status')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', String(data.maxScore))

  // A poor path: each step shows its consequence above the next decision.
  const poor = worstPath(data)
  const poorWalk = walkScenario(data, poor)
  for (const [i, choiceId] of poor.entries()) {
    await decide(page, root, choiceId)
    await expect(root.locator('.scenario__consequence')).toContainText(poorWalk.steps[i]!.choice.consequence)
  }
  await expect(root.locator('.scenario__ending-title')).toContainText(poorWalk.ending!.title)
  await expect(root).toHaveAttribute('data-state', 'answered')
  // Focus moved to 检查答案 by itself.
  await expect(root.getByRole('button', { name: '检查答案' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(root).toHaveAttribute('data-score', String(poorWalk.ending!.score))
  await expect(status).toContainText(poorWalk.ending!.debrief)

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root.locator('legend')).toContainText(data.nodes.find(n => n.id === data.start)!.situation)

  // The best path.
  const best = walkScenario(data, bestPath(data))
  for (const step of best.steps)
    await decide(page, root, step.choice.id)
  await expect(root.getByRole('button', { name: '检查答案' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(data.maxScore))
  await expect(status).toContainText('你走到了最好的结局')
  await expect(status).toContainText(best.ending!.debrief)

  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(data.maxScore))
  await expect(root.locator('.scenario__ending-title')).toContainText(best.ending!.title)
  await expect(root.locator('.scenario__consequence')).toContainText(best.steps.at(-1)!.choice.consequence)
  await expect(status).toContainText(best.ending!.debrief)

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.locator('.scenario__decision input[type="radio"]')).toHaveCount(data.nodes.find(n => n.id === data.start)!.choices.length)
  expect(guard.problems).toEqual([])
})

test('scenario: 查看答案 shows the best path and its debrief', async ({ page }) => {
  const data = await exerciseData(ID, 'scenario')
  const no = await exerciseSlideNo(ID)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await root.getByRole('button', { name: '查看答案' }).focus()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  const best = walkScenario(data, bestPath(data))
  await expect(root.locator('.scenario__best li')).toHaveText(best.steps.map(s => s.choice.text))
  await expect(root.getByRole('status')).toContainText(best.ending!.debrief)
})

test('scenario prints the first decision as a worksheet: boxes and answer lines, no consequence or debrief', async ({ page }) => {
  const data = await exerciseData(ID, 'scenario')
  const start = data.nodes.find(n => n.id === data.start)!
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet).toContainText(start.situation)
  await expect(sheet.locator('.kit-box')).toHaveCount(start.choices.length)
  await expect(sheet).toContainText('我的选择和理由：')
  await expect(sheet.getByRole('button')).toHaveCount(0)
  const text = await sheet.textContent() ?? ''
  for (const node of data.nodes) {
    for (const choice of node.choices)
      expect(text).not.toContain(choice.consequence)
  }
  for (const ending of data.endings)
    expect(text).not.toContain(ending.debrief)
})
