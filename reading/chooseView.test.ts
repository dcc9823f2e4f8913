import { describe, expect, it } from 'vitest'
import { automaticView, canvasScale, chooseView, MIN_CANVAS_SCALE, parseViewChoice } from './chooseView.ts'

const canvas = { width: 980, height: 980 / (16 / 9) }
const base = {
  saved: null,
  canvas,
  printing: false,
  embedded: false,
}

describe('automaticView', () => {
  it('reads on phones in portrait and landscape, and on a tablet in portrait', () => {
    expect(automaticView({ width: 390, height: 844 }, canvas)).toBe('reading')
    expect(automaticView({ width: 360, height: 740 }, canvas)).toBe('reading')
    expect(automaticView({ width: 320, height: 568 }, canvas)).toBe('reading')
    expect(automaticView({ width: 844, height: 390 }, canvas)).toBe('reading')
    expect(automaticView({ width: 768, height: 1024 }, canvas)).toBe('reading')
  })

  it('keeps the canvas on a laptop, a desktop and a tablet in landscape', () => {
    expect(automaticView({ width: 1280, height: 720 }, canvas)).toBe('canvas')
    expect(automaticView({ width: 1920, height: 1080 }, canvas)).toBe('canvas')
    expect(automaticView({ width: 1024, height: 768 }, canvas)).toBe('canvas')
  })

  it('switches exactly at the minimum canvas scale', () => {
    const width = canvas.width * MIN_CANVAS_SCALE
    expect(automaticView({ width, height: 2000 }, canvas)).toBe('canvas')
    expect(automaticView({ width: width - 1, height: 2000 }, canvas)).toBe('reading')
  })
})

describe('canvasScale', () => {
  it('fits the canvas by its tighter side', () => {
    expect(canvasScale({ width: 490, height: 2000 }, canvas)).toBe(0.5)
    expect(canvasScale({ width: 4000, height: canvas.height * 2 }, canvas)).toBe(2)
  })

  it('is zero for an empty canvas instead of dividing by zero', () => {
    expect(canvasScale({ width: 390, height: 844 }, { width: 0, height: 0 })).toBe(0)
  })
})

describe('chooseView', () => {
  it('follows the screen when nothing is saved', () => {
    expect(chooseView({
      ...base,
      viewport: { width: 390, height: 844 },
    })).toBe('reading')
    expect(chooseView({
      ...base,
      viewport: { width: 1280, height: 720 },
    })).toBe('canvas')
  })

  it('follows the learner\'s saved choice over the screen', () => {
    expect(chooseView({
      ...base,
      saved: 'canvas',
      viewport: { width: 390, height: 844 },
    })).toBe('canvas')
    expect(chooseView({
      ...base,
      saved: 'reading',
      viewport: { width: 1280, height: 720 },
    })).toBe('reading')
  })

  it('always draws the canvas when printing or embedded', () => {
    const phone = { width: 390, height: 844 }
    expect(chooseView({
      ...base,
      saved: 'reading',
      viewport: phone,
      printing: true,
    })).toBe('canvas')
    expect(chooseView({
      ...base,
      saved: 'reading',
      viewport: phone,
      embedded: true,
    })).toBe('canvas')
  })
})

describe('parseViewChoice', () => {
  it('keeps the two views and drops anything else', () => {
    expect(parseViewChoice('reading')).toBe('reading')
    expect(parseViewChoice('canvas')).toBe('canvas')
    expect(parseViewChoice('Reading')).toBeNull()
    expect(parseViewChoice(undefined)).toBeNull()
    expect(parseViewChoice({ view: 'reading' })).toBeNull()
  })
})
