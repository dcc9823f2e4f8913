import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, expectTextWithout, openExercise, openPrintView, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm6-roleplay-noise'

test('role-play: role cards switched as tabs, checklist ticked and notes written with the keyboard only; restored after reload; survives corrupt storage', async ({ page }) => {
  const data = await exerciseData(ID, 'role-play')
  const guard = await guardPage(page)
  const { no, root } = await openExercise(page, ID, `<RolePlay id="${ID}"`)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', '0')
  await expect(root).toContainText(data.scene)
  for (const step of data.steps)
    await expect(root.locator('.rp__steps')).toContainText(`${step.label}${step.minutes} 分钟`)

  // Five tabs: the scene and steps first, then each role's card, then the observers' checklist and notes.
  // One Tab stop; the arrow keys switch the panel shown (and never the slide).
  const tabs = root.getByRole('tab')
  const panel = root.getByRole('tabpanel')
  await expect(tabs).toHaveText(['场景与流程', '工作人员', '群众', '观察员', '观察记录'])
  await tabTo(page, tabs)
  await expect(tabs.nth(0)).toBeFocused()
  await expect(panel).toContainText(data.scene)
  await page.keyboard.press('ArrowRight')
  await expect(tabs.nth(1)).toBeFocused()
  await expect(panel).toContainText(data.roles[0].card[0]!)
  await page.keyboard.press('ArrowRight')
  await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true')
  await expect(panel).toContainText(data.roles[1].name)
  await expect(panel).not.toContainText(data.roles[0].card[0]!)
  await page.keyboard.press('End')
  await expect(tabs.nth(4)).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(tabs.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(tabs.nth(4)).toHaveAttribute('aria-selected', 'true')
  await expect(panel).not.toContainText(data.scene)
  // Tab leaves the tab list for the checklist.
  const boxes = root.getByRole('checkbox')
  await page.keyboard.press('Tab')
  await expect(boxes.first()).toBeFocused()
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  // Tick the first and third behaviour with Space, write a note.
  await expect(boxes).toHaveCount(data.checklist.length)
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(boxes.nth(2)).toBeFocused()
  await page.keyboard.press('Space')
  await expect(boxes.nth(0)).toBeChecked()
  await expect(boxes.nth(2)).toBeChecked()
  await expect(root).toHaveAttribute('data-state', 'answered')
  const notes = root.getByRole('textbox', { name: '观察笔记' })
  await tabTo(page, notes)
  const note = '“您先坐，慢慢说”这句让王阿姨平静下来'
  await page.keyboard.type(note)
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await tabTo(page, root.getByRole('button', { name: '记录观察' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'answered')
  await expect(root).toHaveAttribute('data-score', '0')
  await expect(root.getByRole('status')).toContainText(`看到 2 / ${data.checklist.length} 项`)
  await expect(boxes.first()).toBeDisabled()

  await reload(page)
  await expect(root.getByRole('status')).toContainText(`看到 2 / ${data.checklist.length} 项`)
  await tabs.nth(4).click()
  await expect(boxes.nth(0)).toBeChecked()
  await expect(boxes.nth(1)).not.toBeChecked()
  await expect(boxes.nth(2)).toBeChecked()
  await expect(notes).toHaveValue(note)

  // 复盘问题 shows the debrief questions; the learner's observation stays.
  await tabTo(page, root.getByRole('button', { name: '复盘问题' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  for (const question of data.debrief)
    await expect(root.getByRole('status')).toContainText(question)
  await expect(notes).toHaveValue(note)

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await tabs.nth(4).click()
  await expect(root.locator('input[type="checkbox"]:checked')).toHaveCount(0)
  await expect(notes).toHaveValue('')
  expect(guard.problems).toEqual([])
})

test('role-play: the tabs and the checklist items are at least 44 px tall at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const { root } = await openExercise(page, ID, `<RolePlay id="${ID}"`)
  await root.getByRole('tab', { name: '观察记录' }).click()
  for (const target of [
    ...await root.getByRole('tab').all(),
    ...await root.locator('.rp__check').all(),
  ]) {
    const box = await target.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
  }
})

test('role-play prints the scene, three cut-out role cards and an empty observer sheet, no debrief', async ({ page }) => {
  const data = await exerciseData(ID, 'role-play')
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet).toContainText(data.scene)
  const cards = sheet.locator('.rp-print__card')
  // Each cut-out card is headed by its role and who plays it ("群众：张阿姨，67 岁").
  await expect(cards.locator('h4')).toHaveText(data.roles.map(role => new RegExp(`^${{ worker: '工作人员', resident: '群众', observer: '观察员' }[role.role]}：${role.name}$`)))
  await expect(cards.first()).toHaveCSS('border-top-style', 'dashed')
  await expect(sheet.locator('.kit-box')).toHaveCount(data.checklist.length)
  await expect(sheet.getByRole('button')).toHaveCount(0)
  await expect(sheet.locator('input, textarea, [role="tab"]')).toHaveCount(0)
  await expectTextWithout(sheet, data.debrief)
})
