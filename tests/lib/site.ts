/** Where each deck's built site is served during e2e tests (Playwright's webServer serves dist/). */
import type { DeckSpec } from '../../curriculum/decks.ts'
import { relative } from 'node:path'

export function sitePath(deck: DeckSpec): string {
  const path = relative('dist', deck.outDir).split('\\').join('/')
  return path
    ? `/${path}/`
    : '/'
}

/** URL of slide `no` of a deck, relative to the server root. */
export function slideUrl(deck: DeckSpec, no: number): string {
  return `${sitePath(deck)}index.html#/${no}`
}

/** 1-based number of the first visible slide whose markdown contains `text`. */
export function slideNoContaining(slides: { content: string }[], text: string): number {
  const index = slides.findIndex(slide => slide.content.includes(text))
  if (index < 0)
    throw new Error(`No slide contains ${JSON.stringify(text)}`)
  return index + 1
}
