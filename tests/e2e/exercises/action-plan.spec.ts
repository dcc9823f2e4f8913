import { expect, test } from '@playwright/test'
import { corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, openPrintView, openSlide, printSheet, reload, tabTo } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

const ID = 'm9-action-plan'

// Date inputs take their typing order from the browser locale: month, day, year in en-US.
test.use({ locale: 'en-US' })

test('action plan: filled in with the keyboard, checked for gaps and vague steps, fixed, restored, survives corrupt storage', async ({ page }) => {
  const data = await exerciseData(ID, 'action-plan')
  const no = await exerciseSlideNo(ID, `<ActionPlan id="${ID}"`)
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
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

  await corruptStoredAnswer(page, ID)
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(step1).toHaveValue('')
  await expect(root.getByRole('status')).toContainText('还需填写')
  expect(guard.problems).toEqual([])
})

test('action plan: 查看答案 shows the worked example', async ({ page }) => {
  const data = await exerciseData(ID, 'action-plan')
  const no = await exerciseSlideNo(ID, `<ActionPlan id="${ID}"`)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, ID)
  await tabTo(page, root.getByRole('button', { name: '查看答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'revealed')
  await expect(root.getByRole('combobox', { name: '我要提升的能力' })).toHaveValue(data.example.competency)
  await expect(root.getByRole('textbox', { name: '第 1 步做什么' })).toHaveValue(data.example.steps[0]!.text)
  await expect(root.getByRole('textbox', { name: '怎样算做到了' })).toHaveValue(data.example.evidence)
})

test('action plan prints as an empty form with lines, no example', async ({ page }) => {
  const data = await exerciseData(ID, 'action-plan')
  await openPrintView(page, ID)
  const sheet = printSheet(page, ID)
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('.kit-box')).toHaveCount(data.competencies.length)
  await expect(sheet.locator('.print-steps li')).toHaveCount(3)
  await expect(sheet).toContainText('怎样算做到了')
  await expect(sheet.getByRole('button')).toHaveCount(0)
  const text = await sheet.textContent() ?? ''
  expect(text).not.toContain(data.example.steps[0]!.text)
  expect(text).not.toContain(data.example.evidence)
})
