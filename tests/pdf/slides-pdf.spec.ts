import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { DECKS, PDF_DIR } from '../../scripts/lib/decks.ts'
import { compact, pdfFonts, pdfInfo, pdfPageTexts } from '../lib/pdf.ts'

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  // Export exactly as a user does (the site was built by `npm test` before the browser tests).
  const result = spawnSync(process.execPath, ['scripts/export.ts', '--skip-build'], { encoding: 'utf8' })
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
})

for (const deck of DECKS) {
  const file = `${PDF_DIR}/${deck.name}-slides.pdf`

  test(`${deck.name}-slides.pdf has one page per slide and the deck's metadata`, async () => {
    const { slides, title } = await readDeck(deck.entry)
    expect(existsSync(`${file}.partial`)).toBe(false)
    const info = await pdfInfo(file)
    expect(info.pages).toBe(slides.length)
    expect(info.title).toBe(title)
    expect(info.language).toBe('zh-CN')
  })

  test(`${deck.name}-slides.pdf has extractable Chinese text`, async () => {
    const { title } = await readDeck(deck.entry)
    const pages = await pdfPageTexts(file)
    expect(compact(pages[0]!)).toContain(compact(title))
    expect(compact(pages.join(''))).toContain('学习目标')
  })

  test(`${deck.name}-slides.pdf embeds every font and has no Type 3 font`, async () => {
    const fonts = await pdfFonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => font.subtype === 'Type3')).toEqual([])
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    expect(fonts.some(font => /NotoSansSC/i.test(font.name))).toBe(true)
  })
}

test('the exercise prints as a worksheet without its answer', async () => {
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
