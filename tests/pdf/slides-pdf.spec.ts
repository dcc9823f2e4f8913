import { existsSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { DECKS, PDF_DIR } from '../../curriculum/decks.ts'
import { readDeck, slideTitle } from '../../scripts/lib/deck-info.ts'
import { compact, pdfFonts, pdfInfo, pdfPageTexts } from '../lib/pdf.ts'
import { sitePath } from '../lib/site.ts'

// The PDFs were exported by tests/pdf/export.setup.ts (Playwright project "export").

for (const deck of DECKS) {
  const file = `${PDF_DIR}/${deck.name}-slides.pdf`

  test(`${deck.name}-slides.pdf: one page per slide, the deck's metadata, every slide title`, async () => {
    const { slides, title } = await readDeck(deck.entry)
    expect(existsSync(`${file}.partial`)).toBe(false)
    const info = await pdfInfo(file)
    expect(info.pages).toBe(slides.length)
    expect(info.title).toBe(`${title} · 培训幻灯片`)
    expect(info.language).toBe('zh-CN')
    const pages = (await pdfPageTexts(file)).map(compact)
    expect(pages[0]).toContain(compact(title))
    const missing = slides.map((slide, i) => ({
      no: i + 1,
      title: compact(slideTitle(slide).replace(/[*_`#]/g, '')),
    }))
      .filter(({ no, title }) => title && !pages[no - 1]!.includes(title))
    expect(missing).toEqual([])
  })

  test(`${deck.name}-slides-steps.pdf: one page per click step of Slidev's print view`, async ({ page }) => {
    await page.goto(`${sitePath(deck)}index.html?print=clicks#/print`)
    const { slides } = await readDeck(deck.entry)
    await expect(page.locator('#print-content [data-slidev-no]').first()).toBeVisible()
    await expect.poll(() => page.locator('#print-content .print-slide-container').count()).toBeGreaterThanOrEqual(slides.length)
    const steps = await page.locator('#print-content .print-slide-container').count()
    expect((await pdfInfo(`${PDF_DIR}/${deck.name}-slides-steps.pdf`)).pages).toBe(steps)
  })

  test(`${deck.name}-slides.pdf embeds every font and has no Type 3 font`, async () => {
    const fonts = await pdfFonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => font.subtype === 'Type3')).toEqual([])
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    expect(fonts.some(font => /NotoSansSC/i.test(font.name))).toBe(true)
  })
}

test('the exercise prints as a worksheet in the slides PDF, without its answer', async () => {
  const { validateExerciseFiles } = await import('../../exercises/schema.ts')
  const { loadExerciseFiles } = await import('../../scripts/lib/exercise-data.ts')
  const exercise = validateExerciseFiles(await loadExerciseFiles()).get('why-check-1')
  if (exercise?.type !== 'single-choice')
    throw new Error('why-check-1 is missing')
  const text = compact((await pdfPageTexts(`${PDF_DIR}/${DECKS[0]!.name}-slides.pdf`)).join(''))
  expect(text).toContain(compact(exercise.question))
  for (const option of exercise.options) {
    expect(text).toContain(compact(option.text))
    expect(text).not.toContain(compact(option.feedback))
  }
  expect(text).not.toContain(compact(exercise.rationale))
})
