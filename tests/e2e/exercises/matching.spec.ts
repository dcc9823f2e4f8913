import type { Locator, Page } from '@playwright/test'
import type { MatchingData } from '../../../exercises/types/matching/kind.ts'
import { expect, test } from '@playwright/test'
import { optionLetter } from '../../../exercises/labels.ts'
import { answerOrder, matchOf } from '../../../exercises/types/matching/kind.ts'
import { allExercises, corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, expectStaticWorksheet, openExercise, openPrintViewAfterReveal, openSlide, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'
import { holdOver } from '../../lib/hover-drag.ts'

const ID = 'm4-groups-1'

async function matchingExercises(): Promise<MatchingData[]> {
  return [
    ...await allExercises(),
  ].filter((exercise): exercise is MatchingData => exercise.type === 'matching')
}

/** With a closed <select> focused, moves its selection to the option with value `value` using the arrow keys. */
async function selectWithKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  const { current, target } = await select.evaluate((element, wanted) => {
    const options = [
      ...(element as HTMLSelectElement).options,
    ]
    return {
      current: (element as HTMLSelectElement).selectedIndex,
      target: options.findIndex(option => option.value === wanted),
    }
  }, value)
  const key = target > current
    ? 'ArrowDown'
    : 'ArrowUp'
  for (let i = 0; i < Math.abs(target - current); i++)
    await page.keyboard.press(key)
  await expect(select).toHaveValue(value)
}

/** The answer id for every prompt: right for prompts whose index is in `right`, a wrong answer otherwise. */
function plan(data: MatchingData, right: (index: number) => boolean): string[] {
  return data.prompts.map((prompt, index) => {
    const correct = matchOf(data.pairs, prompt.id)!
    return right(index)
      ? correct
      : answerOrder(data).find(answer => answer.id !== correct)!.id
  })
}

/** Tabs into the first select, then answers every prompt in turn, tabbing from one select to the next. */
async function answerWithKeyboard(page: Page, root: Locator, data: MatchingData, answers: string[]): Promise<void> {
  for (const [index, prompt] of data.prompts.entries()) {
    const select = root.getByRole('combobox', { name: prompt.text, exact: true })
    await tabTo(page, select, index === 0)
    await selectWithKeyboard(page, select, answers[index]!)
  }
}

async function marks(root: Locator): Promise<string[]> {
  return root.locator('.pair__mark').allTextContents().then(texts => texts.map(t => t.trim()))
}

test('matching: partly right, restored after reload, retried and answered right with the keyboard only', async ({ page }) => {
  const data = await exerciseData(ID, 'matching')
  const no = await exerciseSlideNo(ID, `<Matching id="${ID}"`)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', String(data.prompts.length))
  const checkButton = root.getByRole('button', { name: '检查答案' })
  await expect(checkButton).toBeDisabled()

  // Every prompt is a select whose accessible name is the prompt text; the first two are answered wrong.
  const first = plan(data, index => index >= 2)
  await answerWithKeyboard(page, root, data, first)
  await expect(root).toHaveAttribute('data-state', 'answered')
  await tabTo(page, checkButton)
  await page.keyboard.press('Enter')
  const expectedMarks = data.prompts.map((_, index) => (index >= 2
    ? '✓ 正确'
    : '× 不对'))
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', String(data.prompts.length - 2))
  await expect(root.getByRole('status')).toContainText('部分正确')
  expect(await marks(root)).toEqual(expectedMarks)
  // The keys used inside the exercise never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', String(data.prompts.length - 2))
  for (const [index, prompt] of data.prompts.entries())
    await expect(root.getByRole('combobox', { name: prompt.text, exact: true })).toHaveValue(first[index]!)
  expect(await marks(root)).toEqual(expectedMarks)

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root.locator('.pair__mark')).toHaveCount(0)

  await answerWithKeyboard(page, root, data, plan(data, () => true))
  await tabTo(page, checkButton)
  await page.keyboard.press('Space')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(data.prompts.length))
  await expect(root.getByRole('status')).toContainText('回答正确')
  expect(await marks(root)).toEqual(data.prompts.map(() => '✓ 正确'))
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))
  expect(guard.problems).toEqual([])
})

test('matching: answered with the mouse only by dragging answers onto the prompts, without leaving the slide', async ({ page }) => {
  const data = await exerciseData(ID, 'matching')
  const guard = await guardPage(page)
  const { no, root } = await openExercise(page, ID, `<Matching id="${ID}"`)
  const url = new RegExp(`#/${no}(?:\\?|$)`)
  const answer = (answerId: string) => root.locator(`.answers [data-answer-id="${answerId}"]`)
  const row = (index: number) => root.locator('.pair').nth(index)
  await expect(root.locator('.kit-hint')).toHaveText('可点选一个答案再点“放这里”，也可把答案拖到要配对的一项上，或用下拉框选择。')

  // Pressed and held over a prompt, the row is marked as the drop target.
  const wrong = plan(data, () => false)
  await answer(wrong[0]!).hover()
  await page.mouse.down()
  const box = (await row(0).boundingBox())!
  await holdOver(page, box.x + 10, box.y + box.height / 2, root.locator('.kit-drop-target'))
  await expect(row(0)).toHaveClass(/kit-drop-target/)
  await page.mouse.up()
  await expect(root.locator('.kit-drop-target, .kit-dragging')).toHaveCount(0)
  await expect(root.getByRole('combobox', { name: data.prompts[0]!.text, exact: true })).toHaveValue(wrong[0]!)

  // Every prompt gets its answer dragged onto it (the first one replaced), as the select would show it.
  const right = plan(data, () => true)
  for (const [index, prompt] of data.prompts.entries()) {
    await answer(right[index]!).dragTo(row(index), {
      targetPosition: { x: 10, y: 10 },
    })
    await expect(root.getByRole('combobox', { name: prompt.text, exact: true })).toHaveValue(right[index]!)
  }
  await expect(root).toHaveAttribute('data-state', 'answered')
  expect(page.url()).toMatch(url)

  await root.getByRole('button', { name: '检查答案' }).click()
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(data.prompts.length))
  expect(await marks(root)).toEqual(data.prompts.map(() => '✓ 正确'))
  // Checked: nothing can be dragged any more, and the hint is gone.
  await expect(root.locator('[draggable="true"]')).toHaveCount(0)
  await expect(root.locator('.kit-hint')).toHaveCount(0)
  await answer(wrong[0]!).dragTo(row(0), {
    targetPosition: { x: 10, y: 10 },
  })
  await expect(root.getByRole('combobox', { name: data.prompts[0]!.text, exact: true })).toHaveValue(right[0]!)
  await expect(root).toHaveAttribute('data-state', 'correct')
  // Nothing the mouse did moved the presentation.
  expect(page.url()).toMatch(url)
  expect(guard.problems).toEqual([])
})

test('matching: a corrupt saved answer is dropped on reload without a crash', async ({ page }) => {
  const data = await exerciseData(ID, 'matching')
  const no = await exerciseSlideNo(ID, `<Matching id="${ID}"`)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await answerWithKeyboard(page, root, data, plan(data, () => true))
  await expect(root).toHaveAttribute('data-state', 'answered')

  for (const bad of [
    '{bad',
    JSON.stringify({
      v: 1,
      type: 'matching',
      id: ID,
      rv: 1,
      response: {
        matches: { nobody: 'x' },
      },
      checked: true,
      revealed: false,
      attempts: 1,
    }),
  ]) {
    await corruptStoredAnswer(page, ID, bad)
    await reload(page)
    await expect(root).toHaveAttribute('data-state', 'unanswered')
    await expect(root.getByRole('combobox', { name: data.prompts[0]!.text, exact: true })).toHaveValue('')
  }
  // Still usable after recovering.
  await answerWithKeyboard(page, root, data, plan(data, () => false))
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'incorrect')
  expect(guard.problems).toEqual([])
})

test('matching: 查看答案 fills in the correct pairs and shows the rationale', async ({ page }) => {
  const data = await exerciseData(ID, 'matching')
  const no = await exerciseSlideNo(ID, `<Matching id="${ID}"`)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root).toContainText(data.rationale)
  for (const prompt of data.prompts)
    await expect(root.getByRole('combobox', { name: prompt.text, exact: true })).toHaveValue(matchOf(data.pairs, prompt.id)!)
})

test('matching prints as a worksheet: lettered answers and an empty box per prompt, no solution', async ({ page }) => {
  const exercises = await matchingExercises()
  const guard = await guardPage(page)
  await openPrintViewAfterReveal(page, ID, `<Matching id="${ID}"`, exercises.map(exercise => exercise.id))
  expect(exercises.length).toBeGreaterThan(0)
  for (const data of exercises) {
    const sheet = printSheet(page, data.id)
    await expectStaticWorksheet(sheet, data.question, data.prompts.length)
    const text = await sheet.textContent() ?? ''
    for (const prompt of data.prompts)
      expect(text).toContain(prompt.text)
    answerOrder(data).forEach((answer, index) => expect(text).toContain(`${optionLetter(index)}. ${answer.text}`))
    expect(text).not.toContain(data.rationale)
    expect(text).not.toContain('→')
    expect(text).not.toContain('✓')
  }
  expect(guard.problems).toEqual([])
})
