import { describe, expect, it } from 'vitest'
import { formatMinutes, withStartTimes } from './schedule.ts'

describe('agenda arithmetic', () => {
  it('starts each item when the previous one ends', () => {
    expect(withStartTimes([
      { minutes: 13 },
      { minutes: 12 },
      { minutes: 15 },
    ]).map(m => m.startsAt)).toEqual([0, 13, 25])
    expect(withStartTimes([])).toEqual([])
  })

  it('formats minutes as h:mm', () => {
    expect(formatMinutes(0)).toBe('0:00')
    expect(formatMinutes(75)).toBe('1:15')
    expect(formatMinutes(215)).toBe('3:35')
  })
})
