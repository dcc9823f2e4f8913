import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bannerEntry, BuildError, slidevOutDirs } from './build-deck.ts'

describe('one slidev build of several decks', () => {
  it('reads the deck each build starts with from Slidev\'s banner line', () => {
    expect(bannerEntry('  entry       /work/kit/briefing.md')).toBe('/work/kit/briefing.md')
    expect(bannerEntry('  entry       slides.md  ')).toBe(resolve('slides.md'))
    for (const line of [
      '  theme       @slidev/theme-default',
      '✓ built in 4.02s',
      'entry-CQkCdRep.css  0.32 kB',
      '',
    ])
      expect(bannerEntry(line), line).toBeUndefined()
  })

  it('finds each deck\'s site where Slidev writes it, and refuses two decks with one file name', () => {
    expect(slidevOutDirs(['slides.md'], '.build/sites')).toEqual(['.build/sites'])
    expect(slidevOutDirs(['slides.md', 'decks/briefing.md'], '.build/sites')).toEqual([
      join('.build/sites', 'slides'),
      join('.build/sites', 'briefing'),
    ])
    expect(() => slidevOutDirs(['slides.md', 'other/slides.md'], 'out')).toThrow(BuildError)
    expect(() => slidevOutDirs(['slides.md', 'other/slides.md'], 'out')).toThrow('Two decks share the file name "slides.md"')
  })
})
