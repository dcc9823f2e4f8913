import { describe, expect, it } from 'vitest'
import { hashSeed, scramble, seededRandom, seededShuffle } from './shuffle.ts'

describe('seeded shuffles', () => {
  it('hashes the same text to the same seed, and different texts apart', () => {
    expect(hashSeed('m6-cycle-1')).toBe(hashSeed('m6-cycle-1'))
    expect(hashSeed('m6-cycle-1')).not.toBe(hashSeed('m6-cycle-2'))
    expect(Number.isInteger(hashSeed(''))).toBe(true)
  })

  it('draws numbers in [0, 1), the same sequence for the same seed', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    for (let i = 0; i < 100; i++) {
      const x = a()
      expect(x).toBe(b())
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })

  it('shuffles deterministically without changing the input or losing items', () => {
    const items = ['a', 'b', 'c', 'd', 'e']
    const once = seededShuffle(items, 'seed')
    expect(seededShuffle(items, 'seed')).toEqual(once)
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect([...once].sort()).toEqual(items)
  })

  it('never returns the solved order, and leaves no item in its own place', () => {
    for (let n = 2; n <= 8; n++) {
      const items = Array.from({ length: n }, (_, i) => i)
      for (let s = 0; s < 200; s++) {
        const order = scramble(items, `seed-${s}`)
        expect([...order].sort((x, y) => x - y)).toEqual(items)
        expect(order.some((item, index) => item === index)).toBe(false)
        expect(scramble(items, `seed-${s}`)).toEqual(order)
      }
    }
  })

  it('returns a copy when there is nothing to move', () => {
    const one = ['x']
    expect(scramble(one, 's')).toEqual(['x'])
    expect(scramble(one, 's')).not.toBe(one)
    expect(scramble([], 's')).toEqual([])
  })

  it('treats equal items by position, not by value', () => {
    expect(scramble(['same', 'same', 'other'], 'dup')).toHaveLength(3)
  })
})
