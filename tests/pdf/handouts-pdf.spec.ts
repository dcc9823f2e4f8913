import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { getDocumentProxy } from 'unpdf'
import { DECKS, PDF_DIR } from '../../curriculum/decks.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { clientCurricula, readDeckCurriculum } from '../lib/curriculum.ts'
import { answerTexts } from '../lib/exercise-texts.ts'
import { compact, noteLines, pdfFonts, pdfInfo, pdfPageTexts, withoutPageNumber } from '../lib/pdf.ts'

/** Budgets, in bytes: a workbook must stay easy to e-mail (3 MB); the guide carries every slide twice as big. */
const BUDGET = {
  'slides': 3_000_000,
  'slides-steps': 3_000_000,
  'workbook': 3_000_000,
  'facilitator-guide': 6_000_000,
}

/** What each PDF says it is (its subject starts so): the slides PDF may be written from the step-by-step one. */
const SUBJECT = {
  'slides': '培训幻灯片：',
  'slides-steps': '培训幻灯片（逐步展开）：',
  'workbook': '学员练习册：',
  'facilitator-guide': '培训师手册：',
}

const exercises = validateExerciseFiles(await loadExerciseFiles())
const curricula = await clientCurricula()

async function outlineTitles(file: string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)))
  const titles: string[] = []
  const walk = (items: { title: string, items: unknown[] }[] | null) => items?.forEach((item) => {
    titles.push(item.title)
    walk(item.items as never)
  })
  walk(await pdf.getOutline() as never)
  return titles
}

// Runs after slides-pdf.spec.ts, whose beforeAll exported every PDF.
for (const deck of DECKS) {
  const curriculum = curricula.find(c => c.name === deck.name)!
  const placed = [
    ...new Set(curriculum.slides.flatMap(s => s.exercises.map(e => e.id))),
  ].map(id => exercises.get(id)!)
  const modules = curriculum.modules.filter(m => m.number !== null)
  const workbook = `${PDF_DIR}/${deck.name}-workbook.pdf`
  const guide = `${PDF_DIR}/${deck.name}-facilitator-guide.pdf`

  test(`${deck.name}: every PDF embeds its fonts (none Type 3), has metadata and stays within budget`, async () => {
    for (const [kind, budget] of Object.entries(BUDGET)) {
      const file = `${PDF_DIR}/${deck.name}-${kind}.pdf`
      const fonts = await pdfFonts(file)
      expect(fonts.filter(font => font.subtype === 'Type3' || !font.embedded), file).toEqual([])
      const info = await pdfInfo(file)
      expect(info, file).toMatchObject({
        author: expect.any(String),
        language: 'zh-CN',
      })
      expect(info.title, file).toContain(curriculum.title)
      expect(String(info.subject).startsWith(SUBJECT[kind as keyof typeof SUBJECT]), `${file}: subject "${info.subject}"`).toBe(true)
      expect(info.tagged, `${file} is a tagged PDF`).toBe(true)
      expect(statSync(file).size, `${file} size`).toBeLessThanOrEqual(budget)
    }
  })

  test(`${deck.name}-workbook.pdf: cover, agenda, every module and every exercise as a worksheet, page numbers, no blank page`, async () => {
    const pages = (await pdfPageTexts(workbook)).map(compact)
    expect(pages.filter(text => text.length < 5).length, 'blank pages').toBe(0)
    const all = pages.join('')
    expect(pages[0]).toContain('学员练习册')
    expect(all).toContain('议程')
    for (const module of modules)
      expect(all).toContain(compact(module.title))
    for (const exercise of placed)
      expect(all, exercise.id).toContain(compact(exercise.title))
    pages.forEach((text, i) => expect(text, `page ${i + 1} number`).toContain(`第${i + 1}页`))
    expect((await pdfInfo(workbook)).pages).toBeGreaterThan(modules.length + 2)
  })

  test(`${deck.name}-workbook.pdf shows no answer, rationale or debrief anywhere`, async () => {
    const all = compact((await pdfPageTexts(workbook)).join(''))
    const leaked = placed.flatMap(exercise => answerTexts(exercise).filter(text => all.includes(compact(text))).map(text => `${exercise.id}: ${text}`))
    expect(leaked).toEqual([])
  })

  test(`${deck.name}-facilitator-guide.pdf: agenda, notes for every slide, every exercise with its answer`, async () => {
    const pages = (await pdfPageTexts(guide)).map(compact)
    expect(pages.filter(text => text.length < 5).length, 'blank pages').toBe(0)
    const all = pages.join('')
    expect(pages[0]).toContain('培训师手册')
    expect(all).toContain('物料清单')
    // Page numbers out, so that a note running over a page break still reads as one text.
    const body = pages.map(withoutPageNumber).join('')
    const { slides } = await readDeckCurriculum(deck.entry)
    expect(slides.map(slide => slide.no)).toEqual(curriculum.slides.map(slide => slide.no))
    const withNotes = slides.filter(slide => noteLines(slide.note).length > 0)
    expect(withNotes.length, 'slides with presenter notes in the deck').toBeGreaterThan(slides.length / 2)
    for (const slide of slides) {
      expect(all, `slide ${slide.no}`).toContain(compact(`第 ${slide.no} 页`))
      const missing = noteLines(slide.note).filter(line => !body.includes(line))
      expect(missing, `slide ${slide.no}: presenter note lines not printed in the guide`).toEqual([])
    }
    for (const exercise of placed) {
      expect(all, exercise.id).toContain(compact(exercise.title))
      const keys = answerTexts(exercise, ['rationale', 'debrief', 'modelAnswers'])
      expect(keys.filter(text => !all.includes(compact(text))), `${exercise.id}: rationale, debriefs and model answers in the guide`).toEqual([])
    }
  })

  test(`${deck.name}: workbook and guide have a bookmark per module`, async () => {
    for (const file of [workbook, guide]) {
      const titles = (await outlineTitles(file)).map(compact)
      for (const module of modules)
        expect(titles.some(title => title.includes(compact(module.title))), `${file}: ${module.title}`).toBe(true)
    }
  })
}
