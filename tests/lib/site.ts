/** Where each deck's built site is served during e2e tests (Playwright's webServer serves dist/). */
import type { Page } from '@playwright/test'
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

/**
 * Shows slide `no` of `deck`: the first time by loading the page, then inside the running app by changing the
 * hash (as a link or the address bar would), which is what a person walking through the deck does and saves a
 * full page load per slide. Callers wait for the slide they expect.
 */
export async function showSlide(page: Page, deck: DeckSpec, no: number): Promise<void> {
  const url = slideUrl(deck, no)
  const current = new URL(page.url(), 'http://site.invalid')
  if (page.url().startsWith('http') && current.pathname === url.split('#')[0])
    await changeHash(page, `#/${no}`)
  else
    await page.goto(url)
}

/** Changes the hash of the page's URL, as a link or the address bar would: the running app follows the route. */
export async function changeHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(value => (location.hash = value), hash)
}
