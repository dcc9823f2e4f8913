import { describe, expect, it } from 'vitest'
import { DEFAULT_MASTERY_THRESHOLD, readMasteryThreshold } from './masteryThreshold.ts'

describe('readMasteryThreshold', () => {
  it('defaults to 80 % when the headmatter does not set it', () => {
    expect(readMasteryThreshold({}, 'slides.md')).toBe(DEFAULT_MASTERY_THRESHOLD)
    expect(DEFAULT_MASTERY_THRESHOLD).toBe(0.8)
  })

  it('accepts a share above 0 and at most 1', () => {
    expect(readMasteryThreshold({ masteryThreshold: 0.6 }, 'slides.md')).toBe(0.6)
    expect(readMasteryThreshold({ masteryThreshold: 1 }, 'slides.md')).toBe(1)
  })

  it.each([
    0,
    -0.5,
    80,
    '0.8',
    null,
    Number.NaN,
  ])('rejects %j with a message naming the deck file and the key', (value) => {
    expect(() => readMasteryThreshold({ masteryThreshold: value }, 'briefing.md')).toThrow(/^briefing\.md: headmatter masteryThreshold must be a number above 0 and at most 1/)
  })
})
