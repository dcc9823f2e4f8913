import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { validateExerciseFiles } from '../../../exercises/schema.ts'
import { readDeck } from '../../../scripts/lib/deck-info.ts'
import { DECKS } from '../../../scripts/lib/decks.ts'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { guardPage } from '../../lib/guard.ts'
import { sitePath, slideNoContaining, slideUrl } from '../../lib/site.ts'

const deck = DECKS[0]!
const ID = 'm3-service-1'
const IDS = ['m3-service-1', 'm7-policy-1']

async function exerciseData(id = ID) {
  const exercise = validateExerciseFiles(await loadExerciseFiles()).get(id)
  if (exercise?.type !== 'true-false')
    throw new Error(`${id} is not a true-false exercise`)
  return exercise
}

/** Radio index of the judgement: 正确 first, 错误 second. */
function indexOf(answer: boolean) {
  return answer
    ? 0
    : 1
}

/** Presses Tab until one of `target`'s elements has focus (a person tabbing through the slide). */
async function tabTo(page: Page, target: Locator, shift = false): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await target.evaluateAll(elements => elements.some(element => element.matches(':focus')))
    if (focused)
      return
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Could not reach ${target} with the keyboard`)
}

/** With focus in the radio group: Space selects the focused judgement, arrow keys move it to `index`. */
async function chooseWithKeyboard(page: Page, radios: Locator, index: number): Promise<void> {
  await page.keyboard.press('Space')
  const checked = await radios.evaluateAll(elements => elements.findIndex(e => (e as HTMLInputElement).checked))
  if (checked !== index) {
    await page.keyboard.press(index > checked
      ? 'ArrowRight'
      : 'ArrowLeft')
  }
  await expect(radios.nth(index)).toBeChecked()
}

async function openExercise(page: Page, id = ID) {
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, `id="${id}"`)
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${id}"]`)
  // Wait for the exercise to render before anyone starts pressing keys.
  await expect(root).toHaveAttribute('data-mode', 'live')
  return {
    no,
    root,
    radios: root.locator('input[type="radio"]'),
  }
}

test('true-false: judged wrong, restored after reload, retried and judged right with the keyboard only', async ({ page }) => {
  const data = await exerciseData()
  const guard = await guardPage(page)
  const { no, root, radios } = await openExercise(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '1')
  await expect(root.getByRole('group')).toContainText(data.statement)
  await expect(radios).toHaveCount(2)

  const checkButton = root.getByRole('button', { name: '检查答案' })
  await tabTo(page, radios)
  await chooseWithKeyboard(page, radios, indexOf(!data.answer))
  await expect(root).toHaveAttribute('data-state', 'answered')
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText(data.feedback[`${!data.answer}`])

  await page.reload()
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  await expect(radios.nth(indexOf(!data.answer))).toBeChecked()

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await tabTo(page, radios, true)
  await chooseWithKeyboard(page, radios, indexOf(data.answer))
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', '1')
  await expect(root.getByRole('status')).toContainText('回答正确')
  await expect(root.getByRole('status')).toContainText(data.feedback[`${data.answer}`])

  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await page.evaluate(id => localStorage.setItem(`qzgz-kit:exercise:${id}`, '{bad'), ID)
  await page.reload()
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(radios.first()).toBeEnabled()
  expect(guard.problems).toEqual([])
})

test('true-false: the solution button shows the answer and rationale', async ({ page }) => {
  for (const id of IDS) {
    const data = await exerciseData(id)
    const { root, radios } = await openExercise(page, id)
    await tabTo(page, root.getByRole('button', { name: '查看答案' }))
    await page.keyboard.press('Enter')
    await expect(root).toHaveAttribute('data-state', 'revealed')
    await expect(root).toContainText(data.rationale)
    await expect(radios.nth(indexOf(data.answer))).toBeChecked()
    await expect(root.getByRole('status')).toContainText(`正确答案：${data.answer ? '正确' : '错误'}`)
  }
})

test('true-false prints as a worksheet: statement and two empty boxes, no answer', async ({ page }) => {
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  for (const id of IDS) {
    const data = await exerciseData(id)
    const sheet = page.locator(`#print-content [data-exercise-id="${id}"]`)
    await expect(sheet).toHaveAttribute('data-mode', 'print')
    await expect(sheet).toContainText(data.statement)
    await expect(sheet.locator('.box')).toHaveCount(2)
    await expect(sheet.getByRole('button')).toHaveCount(0)
    const text = await sheet.textContent() ?? ''
    expect(text).not.toContain(data.rationale)
    expect(text).not.toContain(data.feedback.true)
    expect(text).not.toContain(data.feedback.false)
  }
})
