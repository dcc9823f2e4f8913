import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, openPrintView, openSlide, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm9-flashcards'

/** With focus on 翻面: turns the card over (focus moves to 记住了) and rates it. */
async function flipAndRate(page: Page, root: Locator, known: boolean): Promise<void> {
  await expect(root.getByRole('button', { name: '翻面' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(root.getByRole('button', { name: '记住了' })).toBeFocused()
  if (!known)
    await page.keyboard.press('Tab')
  await expect(root.getByRole('button', {
    name: known ? '记住了' : '再看一次',
  })).toBeFocused()
  await page.keyboard.press(known ? 'Enter' : 'Space')
}

test('flashcards: a round with the keyboard; 再看一次 cards come back; partial, retry, all known; restored; survives corrupt storage', async ({ page }) => {
  const data = await exerciseData(ID, 'flashcards')
  const total = data.cards.length
  const no = await exerciseSlideNo(ID, `<Flashcards id="${ID}"`)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', String(total))
  const front = root.locator('.card__front')
  await expect(front).toHaveText(data.cards[0]!.front)
  await expect(root).not.toContainText(data.cards[0]!.back)

  await tabTo(page, root.getByRole('button', { name: '翻面' }))
  await page.keyboard.press('Enter')
  await expect(root.locator('.card__back')).toHaveText(data.cards[0]!.back)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter') // 再看一次
  await expect(front).toHaveText(data.cards[1]!.front)
  for (let i = 1; i < total; i++)
    await flipAndRate(page, root, true)
  // The card marked 再看一次 comes back.
  await expect(front).toHaveText(data.cards[0]!.front)
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root).toHaveAttribute('data-score', String(total - 1))
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  // Checked now: partial, with the card still to learn listed.
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root.getByRole('status')).toContainText(`记住了 ${total - 1} / ${total} 张`)
  await expect(root.locator('.summary__list')).toContainText(data.cards[0]!.front)

  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', String(total - 1))

  await tabTo(page, root.getByRole('button', { name: '重试' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await tabTo(page, root.getByRole('button', { name: '翻面' }))
  for (let i = 0; i < total; i++)
    await flipAndRate(page, root, true)
  await expect(root.locator('.done')).toBeFocused()
  await expect(root.locator('.done')).toContainText('全部')
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await expect(root).toHaveAttribute('data-score', String(total))

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(front).toHaveText(data.cards[0]!.front)
  expect(guard.problems).toEqual([])
})

test('flashcards: 查看答案 lists every card with its back', async ({ page }) => {
  const data = await exerciseData(ID, 'flashcards')
  const no = await exerciseSlideNo(ID, `<Flashcards id="${ID}"`)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root.locator('.card-table tbody tr')).toHaveCount(data.cards.length)
  for (const card of data.cards)
    await expect(root).toContainText(card.back)
})

test('flashcards print as a worksheet: fronts with blank lines, never a back', async ({ page }) => {
  const data = await exerciseData(ID, 'flashcards')
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('.blank')).toHaveCount(data.cards.length)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  const text = await sheet.textContent() ?? ''
  for (const card of data.cards) {
    expect(text).toContain(card.front)
    expect(text).not.toContain(card.back)
  }
})
