/**
 * How the A4 handouts lay out, checked where a reader sees it:
 * - on the rendered handout page, every slide thumbnail's content lies inside its frame, and the agenda thumbnail
 *   shows every module row;
 * - in the printed workbook, every thumbnail's text lies inside its frame on the page (print fragmentation once
 *   pushed table rows and bullets of a scaled slide out of its frame, which the screen layout never shows);
 * - in both PDFs, no heading is the last text of its page.
 */
import type { Page } from '@playwright/test'
import type { PdfPageItems, PdfTextItem } from '../lib/pdf.ts'
import { expect, test } from '@playwright/test'
import { DECKS, PDF_DIR } from '../../curriculum/decks.ts'
import { clientCurricula, readDeckCurriculum } from '../lib/curriculum.ts'
import { compact, joinRuns, pdfTextItems } from '../lib/pdf.ts'
import { sitePath } from '../lib/site.ts'

const curricula = await clientCurricula()
/** CSS pixels to PDF points (Chromium prints at 96 px to 72 pt). */
const PT_PER_PX = 0.75
/** Slack for anti-aliasing and rounding, in points. */
const SLACK_PT = 2
/** h1 (18 pt) and h2 (13 pt) of the handouts; body text is 10.5 pt, thumbnails' text far smaller. */
const HEADING_MIN_PT = 12.5
const PAGE_NUMBER = /^第\s*\d+\s*页$/
/** The handouts' bottom page margin (18 mm, handouts/useHandoutDocument.ts), where only the page number is. */
const BOTTOM_MARGIN_PT = 18 / 25.4 * 72

interface ThumbnailReport {
  no: number
  /** Content boxes (of elements with a size) that stick out of the frame, as "tag: how far". */
  outside: string[]
  /** Text of every table row in the thumbnail, compacted. */
  rows: string[]
}

/** Opens a handout page of the built site and waits until every thumbnail is drawn. */
async function openHandout(page: Page, deck: typeof DECKS[number], kind: 'workbook' | 'guide'): Promise<void> {
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.goto(`${sitePath(deck)}index.html#/handout/${kind}`)
  await expect(page.locator(`[data-handout="${kind}"] [role="img"] .slidev-layout`).first()).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
  await page.evaluate(() => document.fonts.ready)
}

/** Measures every thumbnail (a `[role=img]` frame holding one slide) of the open handout page. */
function measureThumbnails(page: Page): Promise<ThumbnailReport[]> {
  return page.evaluate(() => [
    ...document.querySelectorAll<HTMLElement>('[role="img"][aria-label^="幻灯片"]'),
  ].map((frame) => {
    const box = frame.getBoundingClientRect()
    const outside: string[] = []
    for (const element of frame.querySelectorAll('.slidev-layout, .slidev-layout *')) {
      const r = element.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || getComputedStyle(element).visibility === 'hidden')
        continue
      const over = Math.max(box.left - r.left, box.top - r.top, r.right - box.right, r.bottom - box.bottom)
      if (over > 1)
        outside.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 20)}": ${over.toFixed(1)}px`)
    }
    return {
      no: Number(frame.getAttribute('aria-label')!.replace(/\D/g, '')),
      outside,
      rows: [
        ...frame.querySelectorAll('tr'),
      ].map(row => (row.textContent ?? '').replace(/\s+/g, '')),
    }
  }))
}

/** Text runs whose top lies within [from, to] points and left of `right`. */
function within(items: PdfTextItem[], from: number, to: number, right: number): PdfTextItem[] {
  return items.filter(item => item.top >= from && item.top <= to && item.x < right)
}

function readingOrder(items: PdfTextItem[]): string {
  return compact([...items].sort((a, b) => a.top - b.top || a.x - b.x).map(item => item.text).join(''))
}

/** Headings (by size) that are the last text of their page, less the page number, as "page N: text". */
function headingsAtPageFoot(pages: PdfPageItems[]): string[] {
  return pages.flatMap((page, index) => {
    // The page number may come in several runs ("第", "8", "页"): everything in the bottom margin is left out.
    const text = page.items.filter(item => item.top < page.height - BOTTOM_MARGIN_PT)
    return text
      .filter(item => item.size >= HEADING_MIN_PT)
      .filter(heading => !text.some(item => item.top > heading.top + heading.size))
      .map(heading => `page ${index + 1}: ${heading.text}`)
  })
}

for (const deck of DECKS) {
  const curriculum = curricula.find(c => c.name === deck.name)!
  const modules = curriculum.modules.filter(m => m.number !== null)
  const agenda = (await readDeckCurriculum(deck.entry)).slides.find(slide => slide.content.includes('<ModuleAgenda'))

  test(`${deck.name}: on the handout pages every thumbnail's content lies inside its frame; the agenda thumbnail has every module`, async ({ page }) => {
    for (const kind of ['workbook', 'guide'] as const) {
      await openHandout(page, deck, kind)
      const thumbnails = await measureThumbnails(page)
      expect(thumbnails.length, `${kind}: thumbnails`).toBeGreaterThan(0)
      for (const thumbnail of thumbnails)
        expect(thumbnail.outside, `${kind}, slide ${thumbnail.no}: content outside the frame`).toEqual([])
      if (agenda) {
        const rows = thumbnails.find(t => t.no === agenda.no)!.rows
        for (const module of modules)
          expect(rows.some(row => row.includes(compact(module.title))), `${kind}: agenda row of module ${module.number}`).toBe(true)
        expect(rows.at(-1), `${kind}: the agenda's total row comes last`).toContain('合计')
      }
    }
  })

  test(`${deck.name}-workbook.pdf: every thumbnail's text lies inside its frame on the page, the agenda's rows included`, async ({ page }) => {
    // The frame's height and its offset from the note label beside it, measured on the rendered page.
    await openHandout(page, deck, 'workbook')
    const geometry = await page.evaluate(() => {
      const frame = document.querySelector('.note-row [role="img"]')!.getBoundingClientRect()
      const label = document.querySelector('.note-row .ruled__label')!.getBoundingClientRect()
      return { height: frame.height, offset: frame.top - label.top, labelLeft: label.left - frame.left }
    })
    const pages = await pdfTextItems(`${PDF_DIR}/${deck.name}-workbook.pdf`)
    const problems: string[] = []
    let agendaText: string | undefined
    pages.forEach((page, index) => {
      const labels = joinRuns(page.items)
        .map(item => ({ item, no: /^笔记·第(\d+)页$/.exec(compact(item.text))?.[1] }))
        .filter(label => label.no !== undefined)
      if (!labels.length)
        return
      const column = labels[0]!.item.x - SLACK_PT
      const bands = labels.map(({ item, no }) => {
        const top = item.top + geometry.offset * PT_PER_PX
        return {
          no: Number(no),
          from: top - SLACK_PT,
          to: top + geometry.height * PT_PER_PX + SLACK_PT,
        }
      })
      // Everything left of the labels from the first row down is thumbnail text: it must be inside a frame.
      const rowsRegion = within(page.items, bands[0]!.from, page.height, column).filter(item => !PAGE_NUMBER.test(item.text.trim()))
      for (const item of rowsRegion) {
        if (!bands.some(band => item.top >= band.from && item.top + item.size <= band.to))
          problems.push(`page ${index + 1}: "${item.text}" lies outside every thumbnail frame`)
      }
      const agendaBand = bands.find(band => band.no === agenda?.no)
      if (agendaBand)
        agendaText = readingOrder(within(page.items, agendaBand.from, agendaBand.to, column))
    })
    expect(problems).toEqual([])
    if (agenda) {
      expect(agendaText, 'the agenda thumbnail in the workbook').toBeDefined()
      const missing = modules.filter(module => !agendaText!.includes(compact(module.title))).map(module => module.number)
      expect(missing, 'module rows missing from the agenda thumbnail').toEqual([])
      expect(agendaText!.indexOf('合计'), 'the total comes after the last module').toBeGreaterThan(agendaText!.indexOf(compact(modules.at(-1)!.title)))
    }
    expect(geometry.labelLeft).toBeGreaterThan(0)
  })

  test(`${deck.name}: no heading is the last text of its page in the workbook or the facilitator guide`, async () => {
    for (const kind of ['workbook', 'facilitator-guide']) {
      const pages = await pdfTextItems(`${PDF_DIR}/${deck.name}-${kind}.pdf`)
      expect(pages.flatMap(page => page.items).some(item => item.size >= HEADING_MIN_PT), `${kind}: headings found`).toBe(true)
      expect(headingsAtPageFoot(pages), `${kind}: headings left alone at a page foot`).toEqual([])
    }
  })
}
