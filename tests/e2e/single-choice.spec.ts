import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { DECKS } from '../../scripts/lib/decks.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { guardPage } from '../lib/guard.ts'
import { sitePath, slideNoContaining, slideUrl } from '../lib/site.ts'

const deck = DECKS[0]!
const ID = 'why-check-1'

async function exerciseData() {
  const exercise = validateExerciseFiles(await loadExerciseFiles()).get(ID)
  if (exercise?.type !== 'single-choice')
    throw new Error(`${ID} is not a single-choice exercise`)
  return exercise
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

/** With focus in the radio group: Space selects the focused option, arrow keys move the selection to `index`. */
async function chooseWithKeyboard(page: Page, radios: Locator, index: number): Promise<void> {
  await page.keyboard.press('Space')
  const checked = await radios.evaluateAll(elements => elements.findIndex(e => (e as HTMLInputElement).checked))
  const key = index > checked
    ? 'ArrowDown'
    : 'ArrowUp'
  for (let i = 0; i < Math.abs(index - checked); i++)
    await page.keyboard.press(key)
  await expect(radios.nth(index)).toBeChecked()
}

test('single choice: answered wrong, retried and answered right with the keyboard only', async ({ page }) => {
  const data = await exerciseData()
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, `id="${ID}"`)
  const guard = await guardPage(page)
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${ID}"]`)
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
  const data = await exerciseData()
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, `id="${ID}"`)
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${ID}"]`)
  await root.getByRole('button', { name: '查看答案' }).click()
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toContainText(data.rationale)
  await expect(root.locator('input[type="radio"]').nth(data.options.findIndex(o => o.correct))).toBeChecked()
})

test('single choice prints as a worksheet: question and empty boxes, no answer', async ({ page }) => {
  const data = await exerciseData()
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  const sheet = page.locator(`#print-content [data-exercise-id="${ID}"]`)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet).toContainText(data.question)
  await expect(sheet.locator('.box')).toHaveCount(data.options.length)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  const text = await sheet.textContent() ?? ''
  expect(text).not.toContain(data.rationale)
  for (const option of data.options)
    expect(text).not.toContain(option.feedback)
})
