import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'

/** Headmatter keys that may differ between decks; every other deck-wide setting must match. */
const PER_DECK_KEYS = new Set(['title', 'info', 'duration'])

const decks = await Promise.all(DECKS.map(async deck => ({ deck, info: await readDeck(deck.entry) })))

describe('the decks share one set of pages', () => {
  it('have the same deck-wide settings apart from title, info and duration', () => {
    const [first, ...rest] = decks
    const shared = (headmatter: Record<string, unknown>) => Object.fromEntries(Object.entries(headmatter).filter(([key]) => !PER_DECK_KEYS.has(key)))
    for (const other of rest)
      expect(shared(other.info.headmatter), `${other.deck.entry} vs ${first!.deck.entry}`).toEqual(shared(first!.info.headmatter))
  })

  it('duplicate no slide text: slides written in a deck file are unique, everything else is imported from pages/', () => {
    const own = decks.flatMap(({ deck, info }) => info.slides
      .filter(slide => slide.source.filepath.endsWith(deck.entry))
      .map(slide => ({
        deck: deck.entry,
        content: slide.content.trim(),
      })))
    for (const { deck, info } of decks) {
      for (const slide of info.slides.filter(s => !s.source.filepath.endsWith(deck.entry)))
        expect(slide.source.filepath, `${deck.entry} slide "${slide.title}"`).toMatch(/\/pages\/(?:briefing\/)?[^/]+\.md$/)
    }
    const contents = own.map(o => o.content)
    expect(contents.filter((c, i) => contents.indexOf(c) !== i)).toEqual([])
  })

  it('the briefing imports workshop slides, plus its own pages (pages/briefing/) where the shared notes do not fit', () => {
    const workshop = decks.find(d => d.deck.name === 'workshop')!
    const briefing = decks.find(d => d.deck.name === 'briefing')!
    const key = (s: { source: { filepath: string, index: number } }) => `${s.source.filepath}#${s.source.index}`
    const workshopSlides = new Set(workshop.info.slides.map(key))
    const imported = briefing.info.slides.filter(s => !s.source.filepath.endsWith(briefing.deck.entry))
    const shared = imported.filter(s => !s.source.filepath.includes('/pages/briefing/'))
    expect(imported.length).toBeGreaterThan(10)
    expect(shared.length).toBeGreaterThan(3)
    expect(shared.map(key).filter(k => !workshopSlides.has(k))).toEqual([])
    // the workshop never shows a briefing-only page
    expect(workshop.info.slides.filter(s => s.source.filepath.includes('/pages/briefing/')).map(key)).toEqual([])
  })
})
