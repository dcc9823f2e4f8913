import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { validateExerciseFiles } from '../../../exercises/schema.ts'
import { readDeck } from '../../../scripts/lib/deck-info.ts'
import { DECKS } from '../../../scripts/lib/decks.ts'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { guardPage } from '../../lib/guard.ts'
import { sitePath, slideNoContaining, slideUrl } from '../../lib/site.ts'

const deck = DECKS[0]!
const ID = 'm9-action-plan'

// Date inputs take their typing order from the browser locale: month, day, year in en-US.
test.use({ locale: 'en-US' })

async function planData() {
  const exercise = validateExerciseFiles(await loadExerciseFiles()).get(ID)
  if (exercise?.type !== 'action-plan')
    throw new Error(`${ID} is not an action-plan exercise`)
  return exercise
}

/** Reloads once the slide chunks Slidev prefetches have arrived (a reload aborts requests in flight). */
async function reload(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.reload()
}

/** Presses Tab until `target` has focus (a person tabbing through the slide). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate(element => element === document.activeElement))
      return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${target} with the keyboard`)
}

test('action plan: filled in with the keyboard, checked for gaps and vague steps, fixed, restored, survives corrupt storage', async ({ page }) => {
  const data = await planData()
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, `<ActionPlan id="${ID}"`)
  const guard = await guardPage(page)
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${ID}"]`)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '0')
  await expect(root.getByRole('status')).toContainText('还需填写：要提升的能力')
  await expect(root.getByRole('button', { name: '检查答案' })).toBeDisabled()

  const competency = root.getByRole('combobox', { name: '我要提升的能力' })
  const step1 = root.getByRole('textbox', { name: '第 1 步做什么' })
  const date1 = root.getByLabel('第 1 步完成日期')
  const step2 = root.getByRole('textbox', { name: '第 2 步做什么' })
  const evidence = root.getByRole('textbox', { name: '怎样算做到了' })

  await tabTo(page, competency)
  await page.keyboard.press('ArrowDown')
  await expect(competency).toHaveValue(data.competencies[0]!)
  await tabTo(page, step1)
  await page.keyboard.type('加强沟通')
  await tabTo(page, date1)
  await page.keyboard.type('12312026')
  await expect(date1).toHaveValue('2026-12-31')
  await tabTo(page, root.getByRole('button', { name: '＋ 再加一步' }))
  await page.keyboard.press('Enter')
  await expect(step2).toBeFocused()
  await page.keyboard.type('每天记录接待情况')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await tabTo(page, evidence)
  await page.keyboard.type('一个月走访 12 户')
  await expect(root).toHaveAttribute('data-state', 'answered')

  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  const status = root.getByRole('status')
  await expect(status).toContainText('计划已保存')
  await expect(status).toContainText('第 1 步太笼统')
  await expect(status).toContainText('第 2 步还没有完成日期')
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(step1).not.toBeEditable()

  // 继续修改 keeps the plan; make step 1 concrete.
  await tabTo(page, root.getByRole('button', { name: '继续修改' }))
  await page.keyboard.press('Enter')
  await expect(step1).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('每周走访 3 户独居老人')
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(status).not.toContainText('太笼统')
  await expect(status).toContainText('第 2 步还没有完成日期')
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(competency).toHaveValue(data.competencies[0]!)
  await expect(step1).toHaveValue('每周走访 3 户独居老人')
  await expect(date1).toHaveValue('2026-12-31')
  await expect(step2).toHaveValue('每天记录接待情况')
  await expect(evidence).toHaveValue('一个月走访 12 户')

  await page.evaluate(id => localStorage.setItem(`qzgz-kit:exercise:${id}`, '{bad'), ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(step1).toHaveValue('')
  await expect(root.getByRole('status')).toContainText('还需填写')
  expect(guard.problems).toEqual([])
})

test('action plan: 查看答案 shows the worked example', async ({ page }) => {
  const data = await planData()
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, `<ActionPlan id="${ID}"`)
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${ID}"]`)
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root.getByRole('combobox', { name: '我要提升的能力' })).toHaveValue(data.example.competency)
  await expect(root.getByRole('textbox', { name: '第 1 步做什么' })).toHaveValue(data.example.steps[0]!.text)
  await expect(root.getByRole('textbox', { name: '怎样算做到了' })).toHaveValue(data.example.evidence)
})

test('action plan prints as an empty form with lines, no example', async ({ page }) => {
  const data = await planData()
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  const sheet = page.locator(`#print-content [data-exercise-id="${ID}"]`)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('.box')).toHaveCount(data.competencies.length)
  await expect(sheet.locator('.print-steps li')).toHaveCount(3)
  await expect(sheet).toContainText('怎样算做到了')
  await expect(sheet.getByRole('button')).toHaveCount(0)
  const text = await sheet.textContent() ?? ''
  expect(text).not.toContain(data.example.steps[0]!.text)
  expect(text).not.toContain(data.example.evidence)
})
