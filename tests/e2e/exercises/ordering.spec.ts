import type { Locator, Page } from '@playwright/test'
import type { OrderingData } from '../../../exercises/types/ordering/kind.ts'
import { expect, test } from '@playwright/test'
import { initialOrder } from '../../../exercises/types/ordering/kind.ts'
import { allExercises, corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, expectStaticWorksheet, openExercise, openPrintViewAfterReveal, openSlide, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'
import { holdOver } from '../../lib/hover-drag.ts'

const ID = 'm6-cycle-order-1'

async function orderingExercises(): Promise<OrderingData[]> {
  return [
    ...await allExercises(),
  ].filter((exercise): exercise is OrderingData => exercise.type === 'ordering')
}

/** The item texts in the order the slide shows them. */
async function shown(root: Locator): Promise<string[]> {
  return root.locator('.step__text').allTextContents().then(texts => texts.map(t => t.trim()))
}

function expectedScore(data: OrderingData, texts: string[]): number {
  return texts.filter((text, index) => data.items[index]!.text === text).length
}

/**
 * Puts the list in the correct order with the keyboard: for each position, tab to the 上移 button of the
 * item that belongs there and press it until the item arrives. Checks the announcement and that focus
 * stays on the moved item after every press.
 */
async function solveWithKeyboard(page: Page, root: Locator, data: OrderingData): Promise<void> {
  const status = root.getByRole('status')
  for (const [target, item] of data.items.entries()) {
    let at = (await shown(root)).indexOf(item.text)
    if (at <= target)
      continue
    const up = root.getByRole('button', { name: `上移：${item.text}`, exact: true })
    await tabTo(page, up, true)
    while (at > target) {
      await page.keyboard.press(at % 2
        ? 'Enter'
        : 'Space')
      at--
      await expect(status).toContainText(`“${item.text}”移到第 ${at + 1} 位`)
      await expect(root.locator('.step__text').nth(at)).toHaveText(item.text)
      // Focus stays with the moved item (on its 下移 button once it has reached the top).
      await expect(at === 0
        ? root.getByRole('button', { name: `下移：${item.text}`, exact: true })
        : up).toBeFocused()
    }
  }
  expect(await shown(root)).toEqual(data.items.map(i => i.text))
}

test('ordering: moved with the keyboard, checked, restored after reload, retried and solved', async ({ page }) => {
  const data = await exerciseData(ID, 'ordering')
  const no = await exerciseSlideNo(ID, `<Ordering id="${ID}"`)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  const start = initialOrder(data).map(id => data.items.find(item => item.id === id)!.text)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', String(data.items.length))
  expect(await shown(root)).toEqual(start)
  expect(start).not.toEqual(data.items.map(item => item.text))
  await expect(root.getByRole('button', { name: `上移：${start[0]}`, exact: true })).toBeDisabled()

  // One move: the first item down one place.
  const down = root.getByRole('button', { name: `下移：${start[0]}`, exact: true })
  await tabTo(page, down)
  await page.keyboard.press('Enter')
  await expect(root.getByRole('status')).toContainText(`“${start[0]}”移到第 2 位`)
  await expect(down).toBeFocused()
  await expect(root).toHaveAttribute('data-state', 'answered')
  const moved = await shown(root)
  expect(moved).toEqual([
    start[1],
    start[0],
    ...start.slice(2),
  ])
  const score = expectedScore(data, moved)

  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  const state = score === 0
    ? 'incorrect'
    : 'partial'
  await expect(root).toHaveAttribute('data-state', state)
  await expect(root).toHaveAttribute('data-score', String(score))
  const marks = moved.map((text, index) => (data.items[index]!.text === text
    ? '✓ 位置正确'
    : '× 位置不对'))
  expect(await root.locator('.step__mark').allTextContents().then(t => t.map(s => s.trim()))).toEqual(marks)
  await expect(root.getByRole('status')).toContainText(score === 0
    ? '回答不正确'
    : '部分正确')
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root).toHaveAttribute('data-state', state)
  await expect(root).toHaveAttribute('data-score', String(score))
  expect(await shown(root)).toEqual(moved)

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  expect(await shown(root)).toEqual(start)

  await solveWithKeyboard(page, root, data)
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(data.items.length))
  await expect(root.getByRole('status')).toContainText('回答正确')
  expect(await root.locator('.step__mark').allTextContents().then(t => t.map(s => s.trim()))).toEqual(data.items.map(() => '✓ 位置正确'))
  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))
  expect(guard.problems).toEqual([])
})

test('ordering: solved with the mouse only by drag and drop, without leaving the slide', async ({ page }) => {
  const data = await exerciseData(ID, 'ordering')
  const guard = await guardPage(page)
  const { no, root } = await openExercise(page, ID, `<Ordering id="${ID}"`)
  const url = new RegExp(`#/${no}(?:\\?|$)`)
  const step = (text: string) => root.locator('.step').filter({
    has: page.locator('.step__text', { hasText: text }),
  })
  await expect(root.locator('.kit-hint')).toHaveText('可拖动排序，或用“上移”“下移”按钮。')

  // Pressed and held over the upper edge of another item, a bar shows where the item will land.
  const start = await shown(root)
  const from = step(start.at(-1)!)
  const over = root.locator('.step').first()
  await from.hover({
    position: { x: 8, y: 8 },
  })
  await page.mouse.down()
  const box = (await over.boundingBox())!
  await holdOver(page, box.x + 20, box.y + 4, root.locator('.step--gap-before'))
  await expect(over).toHaveClass(/step--gap-before/)
  await page.mouse.up()
  await expect(root.locator('.step--gap-before, .step--gap-after, .kit-dragging')).toHaveCount(0)
  expect(await shown(root)).toEqual([
    start.at(-1),
    ...start.slice(0, -1),
  ])
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root.getByRole('status')).toContainText(`“${start.at(-1)}”移到第 1 位`)

  // Then each item in turn is dropped on the upper edge of the item holding its place.
  for (const [target, item] of data.items.entries()) {
    const now = await shown(root)
    if (now[target] === item.text)
      continue
    await step(item.text).dragTo(root.locator('.step').nth(target), {
      sourcePosition: { x: 8, y: 8 },
      targetPosition: { x: 20, y: 3 },
    })
    await expect(root.locator('.step__text').nth(target)).toHaveText(item.text)
  }
  expect(await shown(root)).toEqual(data.items.map(item => item.text))
  expect(page.url()).toMatch(url)

  await root.getByRole('button', { name: '检查答案' }).click()
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(data.items.length))
  // Checked: nothing can be dragged any more, and the hint is gone.
  await expect(root.locator('[draggable="true"]')).toHaveCount(0)
  await expect(root.locator('.kit-hint')).toHaveCount(0)
  await root.locator('.step').last().dragTo(root.locator('.step').first(), {
    targetPosition: { x: 20, y: 3 },
  })
  expect(await shown(root)).toEqual(data.items.map(item => item.text))
  await expect(root).toHaveAttribute('data-state', 'correct')
  // Nothing the mouse did moved the presentation.
  expect(page.url()).toMatch(url)
  expect(guard.problems).toEqual([])
})

test('ordering: a corrupt saved answer is dropped on reload without a crash', async ({ page }) => {
  const data = await exerciseData(ID, 'ordering')
  const no = await exerciseSlideNo(ID, `<Ordering id="${ID}"`)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  const start = initialOrder(data).map(id => data.items.find(item => item.id === id)!.text)

  for (const bad of [
    '{bad',
    JSON.stringify({
      v: 1,
      type: 'ordering',
      id: ID,
      rv: 1,
      response: {
        order: ['listen', 'listen'],
      },
      checked: false,
      revealed: false,
      attempts: 0,
    }),
  ]) {
    await corruptStoredAnswer(page, ID, bad)
    await reload(page)
    await expect(root).toHaveAttribute('data-state', 'unanswered')
    expect(await shown(root)).toEqual(start)
  }
  await solveWithKeyboard(page, root, data)
  await expect(root).toHaveAttribute('data-state', 'answered')
  expect(guard.problems).toEqual([])
})

test('ordering: 查看答案 shows the correct order and the rationale', async ({ page }) => {
  const data = await exerciseData(ID, 'ordering')
  const no = await exerciseSlideNo(ID, `<Ordering id="${ID}"`)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toContainText(data.rationale)
  expect(await shown(root)).toEqual(data.items.map(item => item.text))
})

test('ordering prints as a worksheet: the scrambled items with an empty box each, no solution', async ({ page }) => {
  const exercises = await orderingExercises()
  const guard = await guardPage(page)
  await openPrintViewAfterReveal(page, ID, `<Ordering id="${ID}"`, exercises.map(exercise => exercise.id))
  expect(exercises.length).toBeGreaterThan(0)
  for (const data of exercises) {
    const sheet = printSheet(page, data.id)
    await expectStaticWorksheet(sheet, data.question, data.items.length)
    const printed = await sheet.locator('.print-steps li').allTextContents().then(t => t.map(s => s.trim()))
    expect(printed).toEqual(initialOrder(data).map(id => data.items.find(item => item.id === id)!.text))
    expect(printed).not.toEqual(data.items.map(item => item.text))
    expect(await sheet.textContent()).not.toContain(data.rationale)
  }
  expect(guard.problems).toEqual([])
})
