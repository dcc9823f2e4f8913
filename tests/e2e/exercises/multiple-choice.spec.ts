import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { validateExerciseFiles } from '../../../exercises/schema.ts'
import { readDeck } from '../../../scripts/lib/deck-info.ts'
import { DECKS } from '../../../scripts/lib/decks.ts'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { guardPage } from '../../lib/guard.ts'
import { sitePath, slideNoContaining, slideUrl } from '../../lib/site.ts'

const deck = DECKS[0]!
const ID = 'm3-image-1'
const IDS = ['m3-image-1', 'm7-learning-1']

async function exerciseData(id = ID) {
  const exercise = validateExerciseFiles(await loadExerciseFiles()).get(id)
  if (exercise?.type !== 'multiple-choice')
    throw new Error(`${id} is not a multiple-choice exercise`)
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
    boxes: root.locator('input[type="checkbox"]'),
  }
}

test('multiple choice: partial credit, restored after reload, then full marks, all with the keyboard', async ({ page }) => {
  const data = await exerciseData()
  const guard = await guardPage(page)
  const { no, root, boxes } = await openExercise(page)
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

  await page.reload()
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
  const data = await exerciseData()
  const guard = await guardPage(page)
  const { root, boxes } = await openExercise(page)
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

  await page.evaluate(id => localStorage.setItem(`qzgz-kit:exercise:${id}`, '{bad'), ID)
  await page.reload()
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(boxes.first()).toBeEnabled()
  expect(guard.problems).toEqual([])
})

test('multiple choice: the solution button ticks the correct options and shows the rationale', async ({ page }) => {
  const data = await exerciseData()
  const { root, boxes } = await openExercise(page)
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
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  for (const id of IDS) {
    const data = await exerciseData(id)
    const sheet = page.locator(`#print-content [data-exercise-id="${id}"]`)
    await expect(sheet).toHaveAttribute('data-mode', 'print')
    await expect(sheet).toContainText(data.question)
    await expect(sheet.locator('.box')).toHaveCount(data.options.length)
    await expect(sheet.getByRole('button')).toHaveCount(0)
    await expect(sheet.locator('input')).toHaveCount(0)
    const text = await sheet.textContent() ?? ''
    expect(text).not.toContain(data.rationale)
    for (const option of data.options)
      expect(text).not.toContain(option.feedback)
  }
})
