/**
 * The page checks the walks rely on (tests/lib/axe.ts, tests/lib/legibility.ts) catch what they are for, on a
 * page made to fail them: a check that cannot fail would let every walk pass.
 */
import { expect, test } from '@playwright/test'
import { seriousViolations } from '../lib/axe.ts'
import { legibilityProblems } from '../lib/legibility.ts'

test('the axe helper reports a serious violation (a button with no name, text without contrast)', async ({ page }) => {
  await page.setContent(`<main><div id="part"><button></button><p style="color:#eee;background:#fff">浅色文字</p></div></main>`)
  const found = await seriousViolations(page, '#part')
  expect(found.map(line => line.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'color-contrast']))
  await expect(seriousViolations(page, '#missing')).rejects.toThrow('nothing matches #missing')
})

test('the legibility check reports small text, small body text and small controls, with the slide and the text', async ({ page }) => {
  await page.setContent(`
    <div id="slide-content"><div data-slidev-no="7" style="width: 980px; height: 551px">
      <div class="slidev-layout kit-content" style="font-size: 24px">
        <h1 style="font-size: 36px">标题够大</h1>
        <p>正文够大</p>
        <p style="font-size: 22px">正文偏小</p>
        <span style="font-size: 16px">注释太小</span>
        <button style="height: 30px; font-size: 24px">按钮</button>
        <svg viewBox="0 0 1000 100" width="490"><text x="0" y="50" font-size="30">图里太小</text></svg>
      </div>
    </div></div>`)
  const problems = await legibilityProblems(page, '#slide-content [data-slidev-no="7"]')
  expect(problems).toEqual([
    expect.stringMatching(/^slide 7: body text is 22px \(at least 24px\): "正文偏小"/),
    expect.stringMatching(/^slide 7: text is 16px \(at least 20px\): "注释太小"/),
    expect.stringMatching(/^slide 7: text is 14.7px \(at least 20px\): "图里太小"/),
    expect.stringMatching(/^slide 7: control is \d+×30px \(at least 44px\): "按钮"/),
  ])
})
