import { expect, test } from '@playwright/test'
import { answerQuiz, corruptStoredAnswer, exerciseData, exerciseRoot, exerciseSlideNo, openPrintView, openSlide, printSheet, reload } from '../../lib/exercise-page.ts'
import { guardPage } from '../../lib/guard.ts'

test('pre-test: answered with the keyboard, scored, restored after reload, survives corrupt storage', async ({ page }) => {
  const data = await exerciseData('pretest', 'quiz')
  const no = await exerciseSlideNo('pretest', '<Quiz id="pretest"')
  const guard = await guardPage(page)
  await openSlide(page, no)
  const root = exerciseRoot(page, no, 'pretest')
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await expect(root).toHaveAttribute('data-max-score', String(data.items.length))

  // Right answers for all but the first question.
  const right = data.items.map(item => item.options.findIndex(o => o.correct))
  await answerQuiz(page, root, data.items.length, i => (i === 0
    ? (right[0]! + 1) % data.items[0]!.options.length
    : right[i]!))
  await expect(root).toHaveAttribute('data-state', 'answered')
  await root.getByRole('button', { name: '检查答案' }).focus()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'partial')
  await expect(root).toHaveAttribute('data-score', String(data.items.length - 1))
  await expect(root.getByRole('status')).toContainText(`答对 ${data.items.length - 1} / ${data.items.length} 题`)
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))

  await reload(page)
  await expect(root).toHaveAttribute('data-score', String(data.items.length - 1))
  await expect(root).toHaveAttribute('data-state', 'partial')

  await corruptStoredAnswer(page, 'pretest', '{"v":1,"broken')
  await reload(page)
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  expect(guard.problems).toEqual([])
})

test('pre-test prints on its slide as an answer grid (the questions are in the workbook), without answers', async ({ page }) => {
  const data = await exerciseData('pretest', 'quiz')
  // The bank is too long for one 980 × 552 slide: the slides PDF prints a box per option, row per question.
  expect(data.items.length).toBeGreaterThan(8)
  await openPrintView(page, 'pretest')
  const sheet = printSheet(page, 'pretest')
  await expect(sheet).toHaveAttribute('data-mode', 'print')
  await expect(sheet.locator('.quiz-grid__rows > li')).toHaveCount(data.items.length)
  await expect(sheet).toContainText(`共 ${data.items.length} 题`)
  const text = await sheet.textContent() ?? ''
  for (const item of data.items) {
    expect(text).not.toContain(item.rationale)
    for (const option of item.options)
      expect(text).not.toContain(option.feedback)
  }
})

test('post-test shows the pre-test score beside its own', async ({ page }) => {
  const data = await exerciseData('posttest', 'quiz')
  const right = data.items.map(item => item.options.findIndex(o => o.correct))
  const preNo = await exerciseSlideNo('pretest', '<Quiz id="pretest"')
  const postNo = await exerciseSlideNo('posttest', '<Quiz id="posttest"')
  expect(postNo).toBeGreaterThan(preNo)

  await openSlide(page, preNo)
  const pre = exerciseRoot(page, preNo, 'pretest')
  await answerQuiz(page, pre, data.items.length, i => (i < 2
    ? (right[i]! + 1) % data.items[i]!.options.length
    : right[i]!))
  await pre.getByRole('button', { name: '检查答案' }).click()
  await expect(pre).toHaveAttribute('data-score', String(data.items.length - 2))

  await openSlide(page, postNo)
  const post = exerciseRoot(page, postNo, 'posttest')
  await answerQuiz(page, post, data.items.length, i => right[i]!)
  await post.getByRole('button', { name: '检查答案' }).click()
  await expect(post).toHaveAttribute('data-state', 'correct')
  await expect(post.getByRole('status')).toContainText(`课前：${data.items.length - 2} / ${data.items.length}\u3000课后：${data.items.length} / ${data.items.length}`)
})
