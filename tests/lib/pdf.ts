/** Reads PDFs the way a checker should: text through pdf.js (unpdf), font dictionaries through pdf-lib. */
import { readFile } from 'node:fs/promises'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'

export interface PdfFont {
  name: string
  subtype: string
  /** Whether the font program itself is inside the PDF (FontFile, FontFile2 or FontFile3). */
  embedded: boolean
}

/** Text of every page, in page order. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)))
  const { text } = await extractText(pdf, { mergePages: false })
  return text
}

/** Text with all white space removed, so Chinese phrases split across text runs still match. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

function lookupDict(doc: PDFDocument, value: unknown): PDFDict | undefined {
  const resolved = value instanceof PDFRef
    ? doc.context.lookup(value)
    : value
  return resolved instanceof PDFDict
    ? resolved
    : undefined
}

function hasFontFile(doc: PDFDocument, font: PDFDict): boolean {
  const descriptor = lookupDict(doc, font.get(PDFName.of('FontDescriptor')))
  if (!descriptor)
    return false
  return ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(PDFName.of(key)))
}

/** Every font dictionary in the file (top-level fonts; Type0 fonts judged by their descendant). */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  const fonts: PdfFont[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue
    const subtype = String(object.get(PDFName.of('Subtype')) ?? '').replace('/', '')
    if (subtype.startsWith('CIDFont'))
      continue // judged through its Type0 parent
    const name = String(object.get(PDFName.of('BaseFont')) ?? '').replace('/', '')
    let embedded = hasFontFile(doc, object)
    if (subtype === 'Type0') {
      const descendants = object.lookup(PDFName.of('DescendantFonts'), PDFArray)
      const child = lookupDict(doc, descendants.get(0))
      embedded = !!child && hasFontFile(doc, child)
    }
    fonts.push({
      name,
      subtype,
      embedded: subtype === 'Type3'
        ? true
        : embedded,
    })
  }
  return fonts
}

export async function pdfInfo(file: string): Promise<{ pages: number, title?: string, author?: string, subject?: string, language?: string, tagged: boolean }> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  const language = doc.catalog.get(PDFName.of('Lang'))
  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    language: language
      ? String(language).replace(/^\(|\)$/g, '')
      : undefined,
    // A tagged (accessible) PDF has a structure tree and says so in MarkInfo.
    tagged: doc.catalog.has(PDFName.of('StructTreeRoot')) && doc.catalog.has(PDFName.of('MarkInfo')),
  }
}

/** The page's own text without its page number (`第 N 页` in the bottom margin), compacted. */
export function withoutPageNumber(pageText: string): string {
  return compact(pageText).replace(/第\d+页$/, '')
}

/**
 * The lines of a presenter note as a reader sees them printed: markdown marks, HTML tags and list markers
 * removed, each line compacted; empty lines dropped.
 */
export function noteLines(markdown: string): string[] {
  return markdown
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map(line => line
      .replace(/^\s*(?:[-*+]|\d+\.|#{1,6})\s+/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`~]/g, ''))
    .map(compact)
    .filter(Boolean)
}

/** One run of text on a PDF page, in points from the page's top-left corner. */
export interface PdfTextItem {
  text: string
  x: number
  /** Top of the text (its baseline less its font size). */
  top: number
  /** Font size, in points. */
  size: number
  /** Advance width of the run, in points. */
  width: number
}

export interface PdfPageItems {
  width: number
  height: number
  items: PdfTextItem[]
}

/** Every non-blank run of text of every page, with its position and size (through pdf.js). */
export async function pdfTextItems(file: string): Promise<PdfPageItems[]> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)))
  const pages: PdfPageItems[] = []
  for (let no = 1; no <= pdf.numPages; no++) {
    const page = await pdf.getPage(no)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const items: PdfTextItem[] = []
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim())
        continue
      const [a, b, , , x, y] = item.transform as number[]
      const size = Math.hypot(a!, b!)
      items.push({
        text: item.str,
        x: x!,
        top: height - y! - size,
        size,
        width: item.width,
      })
    }
    pages.push({ width, height, items })
  }
  return pages
}

/**
 * The runs of each line of text joined into one item. A PDF starts a new run wherever the font changes, and the
 * self-hosted font is split into several files, so one label such as "笔记 · 第 3 页" may come as several runs.
 * Runs join when they share baseline and size and follow each other within `gap` points.
 */
export function joinRuns(items: PdfTextItem[], gap = 6): PdfTextItem[] {
  const sorted = [...items].sort((a, b) => a.top - b.top || a.x - b.x)
  const lines: PdfTextItem[] = []
  for (const item of sorted) {
    const last = lines.at(-1)
    if (last && Math.abs(last.top - item.top) < 0.5 && Math.abs(last.size - item.size) < 0.1) {
      const space = item.x - (last.x + last.width)
      if (space > -1 && space < gap) {
        last.text += item.text
        last.width = item.x + item.width - last.x
        continue
      }
    }
    lines.push({ ...item })
  }
  return lines
}
