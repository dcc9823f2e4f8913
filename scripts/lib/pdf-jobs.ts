import type { DeckSpec } from '../../curriculum/decks.ts'
/**
 * The PDFs made for each deck, all from its built site:
 * - `<deck>-slides.pdf`        16:9, one page per slide, final click state (Slidev's print view);
 * - `<deck>-slides-steps.pdf`  16:9, one page per click step;
 * - `<deck>-workbook.pdf`      A4 participant workbook, no answers (route /handout/workbook);
 * - `<deck>-facilitator-guide.pdf`  A4 guide with notes and answer keys (route /handout/guide).
 */
import type { DeckInfo } from './deck-info.ts'
import type { PdfMetadata, ReadyStep } from './render-pdf.ts'
import { join } from 'node:path'
import { PDF_DIR } from '../../curriculum/decks.ts'
import { slideTitle } from './deck-info.ts'

export const KIT_FONT = 'Noto Sans SC'
export const A4_VIEWPORT = { width: 794, height: 1123 }

export type PdfKind = 'slides' | 'slides-steps' | 'workbook' | 'facilitator-guide'

export interface PdfJob {
  kind: PdfKind
  deck: DeckSpec
  output: string
  /** Path and hash, relative to the deck's site. */
  path: string
  viewport: { width: number, height: number }
  ready: ReadyStep[]
  pdf: { width?: string, height?: string }
  metadata: PdfMetadata
}

const SUBJECTS: Record<PdfKind, string> = {
  'slides': '培训幻灯片',
  'slides-steps': '培训幻灯片（逐步展开）',
  'workbook': '学员练习册',
  'facilitator-guide': '培训师手册',
}

/** A slide is ready once its layout is mounted and nothing inside is still pending. */
function slideReady(no: number, label: string, container: string): ReadyStep {
  return {
    label,
    arg: { no, container },
    check: (arg) => {
      const { no, container } = arg as { no: number, container: string }
      const slide = document.querySelector(`${container} [data-slidev-no="${no}"]`)
      return !!slide && !!slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading') && !slide.querySelector('[data-export-pending]')
    },
  }
}

/** A handout is ready once it is mounted and every slide thumbnail in it has rendered. */
function handoutReady(kind: string): ReadyStep {
  return {
    label: `the ${kind} page`,
    arg: kind,
    check: (arg) => {
      const root = document.querySelector(`[data-handout="${arg as string}"]`)
      if (!root)
        return false
      const thumbnails = [
        ...root.querySelectorAll('[data-slidev-no]'),
      ]
      return thumbnails.length > 0
        && thumbnails.every(t => t.querySelector('.slidev-layout'))
        && !root.querySelector('.slidev-slide-loading, [data-export-pending]')
    },
  }
}

export function pdfJobs(deck: DeckSpec, info: DeckInfo): PdfJob[] {
  const total = info.slides.length
  const metadata = (kind: PdfKind): PdfMetadata => ({
    title: `${info.title} · ${SUBJECTS[kind]}`,
    author: String(info.headmatter.author ?? ''),
    subject: `${SUBJECTS[kind]}：${String(info.headmatter.subject ?? info.title)}`,
    keywords: ['群众工作', '培训', SUBJECTS[kind]],
    language: 'zh-CN',
  })
  const slideSize = { width: `${info.canvas.width}px`, height: `${info.canvas.height}px` }
  const perSlide = info.slides.map((slide, index) =>
    slideReady(index + 1, `slide ${index + 1} of ${total} ("${slideTitle(slide) || 'untitled'}")`, '#print-content'))
  const file = (kind: PdfKind) => join(PDF_DIR, `${deck.name}-${kind}.pdf`)
  return [
    {
      kind: 'slides',
      deck,
      output: file('slides'),
      path: 'index.html?print=true#/print',
      viewport: info.canvas,
      ready: perSlide,
      pdf: slideSize,
      metadata: metadata('slides'),
    },
    {
      kind: 'slides-steps',
      deck,
      output: file('slides-steps'),
      path: 'index.html?print=clicks#/print',
      viewport: info.canvas,
      ready: perSlide,
      pdf: slideSize,
      metadata: metadata('slides-steps'),
    },
    {
      kind: 'workbook',
      deck,
      output: file('workbook'),
      path: 'index.html#/handout/workbook',
      viewport: A4_VIEWPORT,
      ready: [
        handoutReady('workbook'),
      ],
      pdf: {},
      metadata: metadata('workbook'),
    },
    {
      kind: 'facilitator-guide',
      deck,
      output: file('facilitator-guide'),
      path: 'index.html#/handout/guide',
      viewport: A4_VIEWPORT,
      ready: [
        handoutReady('guide'),
      ],
      pdf: {},
      metadata: metadata('facilitator-guide'),
    },
  ]
}
