/** What the exercise e2e specs do again and again: find an exercise's data and slide, and drive it with the keyboard. */
import type { Locator, Page } from '@playwright/test'
import type { ExerciseData, ExerciseType } from '../../exercises/schema.ts'
import { expect } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { sitePath, slideNoContaining, slideUrl } from './site.ts'

/** The full workshop, where every exercise has its slide. */
export const deck = DECKS[0]!

/** Every exercise of the kit, validated as the build validates them. */
export async function allExercises(): Promise<ExerciseData[]> {
  return [
    ...validateExerciseFiles(await loadExerciseFiles()).values(),
  ]
}

/** The exercise `id`, checked to be of `type`. */
export async function exerciseData<T extends ExerciseType>(id: string, type: T): Promise<Extract<ExerciseData, { type: T }>> {
  const exercise = (await allExercises()).find(e => e.id === id)
  if (exercise?.type !== type)
    throw new Error(`${id} is not a ${type} exercise`)
  return exercise as Extract<ExerciseData, { type: T }>
}

/** Number of the workshop slide whose markdown contains `marker` (by default the exercise's `id="…"`). */
export async function exerciseSlideNo(id: string, marker = `id="${id}"`): Promise<number> {
  const { slides } = await readDeck(deck.entry)
  return slideNoContaining(slides, marker)
}

/** The exercise's root element on slide `no` (the shell's `[data-exercise-id]`). */
export function exerciseRoot(page: Page, no: number, id: string): Locator {
  return page.locator(`[data-slidev-no="${no}"] [data-exercise-id="${id}"]`)
}

/**
 * Opens the print view of the workshop (exercises drawn as worksheets) with the slides of exercises `ids` only
 * (Slidev's `?range=`; setup/printRangeFromRoute.ts): drawing all of the deck's slides would take most of the test.
 */
export async function openPrintView(page: Page, ...ids: string[]): Promise<void> {
  await openPrintSlides(page, await Promise.all(ids.map(id => exerciseSlideNo(id))))
}

/** Opens the print view of the workshop with slides `slides` only. */
async function openPrintSlides(page: Page, slides: number[]): Promise<void> {
  const numbers = [
    ...new Set(slides),
  ].sort((a, b) => a - b)
  await page.goto(`${sitePath(deck)}index.html?print=true#/print${numbers.length
    ? `?range=${numbers.join(',')}`
    : ''}`)
}

/**
 * Shows exercise `id`'s solution on its slide (the slide containing `marker`), then opens the print view of that
 * slide and of the slides of exercises `others`: a worksheet must not show the solution anyway.
 */
export async function openPrintViewAfterReveal(page: Page, id: string, marker: string, others: readonly string[] = []): Promise<void> {
  const no = await exerciseSlideNo(id, marker)
  await openSlide(page, no)
  await exerciseRoot(page, no, id).getByRole('button', { name: '查看答案' }).click()
  await openPrintSlides(page, [
    no,
    ...await Promise.all(others.map(other => exerciseSlideNo(other))),
  ])
}

/** A static worksheet: the print rendering with the question, `boxes` empty boxes, and no controls or drag handles. */
export async function expectStaticWorksheet(sheet: Locator, question: string, boxes: number): Promise<void> {
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet).toContainText(question)
  await expect(sheet.locator('.kit-box')).toHaveCount(boxes)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  await expect(sheet.locator('select, [draggable="true"], .kit-drag-handle')).toHaveCount(0)
}

/** The worksheet of exercise `id` in the print view. */
export function printSheet(page: Page, id: string): Locator {
  return page.locator(`#print-content [data-exercise-id="${id}"]`)
}

/** Opens slide `no` of the workshop. */
export async function openSlide(page: Page, no: number): Promise<void> {
  await page.goto(slideUrl(deck, no))
}

/** Reloads once the slide chunks Slidev prefetches have arrived (a reload aborts requests in flight). */
export async function reload(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.reload()
}

/** Stores `value` (by default malformed JSON) as exercise `id`'s saved answer. */
export async function corruptStoredAnswer(page: Page, id: string, value = '{bad'): Promise<void> {
  await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [`qzgz-kit:exercise:${id}`, value])
}

/**
 * Presses Tab (Shift+Tab when `shift`) until one of `target`'s elements has focus, as a person tabbing
 * through the slide would.
 */
export async function tabTo(page: Page, target: Locator, shift = false): Promise<void> {
  await target.first().waitFor({ state: 'attached' })
  for (let i = 0; i < 80; i++) {
    if (await target.evaluateAll(elements => elements.some(element => element.matches(':focus'))))
      return
    await page.keyboard.press(shift
      ? 'Shift+Tab'
      : 'Tab')
  }
  throw new Error(`Could not reach ${target} with the keyboard`)
}

/**
 * With focus in a radio group: Space selects the focused option, then the arrow keys (down/up, or
 * right/left for a `horizontal` group) move the selection to `index`.
 */
export async function chooseWithKeyboard(page: Page, radios: Locator, index: number, horizontal = false): Promise<void> {
  await page.keyboard.press('Space')
  const checked = await radios.evaluateAll(elements => elements.findIndex(e => (e as HTMLInputElement).checked))
  const forward = horizontal
    ? 'ArrowRight'
    : 'ArrowDown'
  const back = horizontal
    ? 'ArrowLeft'
    : 'ArrowUp'
  for (let i = 0; i < Math.abs(index - checked); i++) {
    await page.keyboard.press(index > checked
      ? forward
      : back)
  }
  await expect(radios.nth(index)).toBeChecked()
}

/** The sheet's text contains none of `hidden` (a worksheet never shows the solution or the feedback). */
export async function expectTextWithout(sheet: Locator, hidden: readonly string[]): Promise<void> {
  const text = await sheet.textContent() ?? ''
  for (const part of hidden)
    expect(text).not.toContain(part)
}

/** Opens the slide of exercise `id` and waits until the exercise is drawn live (before any key is pressed). */
export async function openExercise(page: Page, id: string, marker?: string): Promise<{ no: number, root: Locator }> {
  const no = await exerciseSlideNo(id, marker)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, id)
  await expect(root).toHaveAttribute('data-mode', 'live')
  return { no, root }
}

/** Answers every question with the keyboard: option `pick(i)` for question i, then 下一题. */
export async function answerQuiz(page: Page, root: Locator, count: number, pick: (i: number) => number) {
  for (let i = 0; i < count; i++) {
    const radios = root.getByRole('group').getByRole('radio')
    await radios.first().focus()
    await page.keyboard.press('Space')
    for (let k = 0; k < pick(i); k++)
      await page.keyboard.press('ArrowDown')
    await expect(radios.nth(pick(i))).toBeChecked()
    if (i < count - 1) {
      await root.getByRole('button', { name: '下一题' }).focus()
      await page.keyboard.press('Enter')
    }
  }
}
