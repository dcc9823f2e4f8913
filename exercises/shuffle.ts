/**
 * Deterministic, seeded shuffles for showing exercise items in an order that is not the solution.
 * The seed is the exercise id, so the slide, the presenter view, the print worksheet and the answer
 * key all show the same order, on every machine and after every reload.
 */

/** 32-bit FNV-1a hash of a string: turns an exercise id into a numeric seed. */
export function hashSeed(text: string): number {
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a small seeded pseudo-random generator returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seeded Fisher–Yates shuffle of `items`; pure (the input is not changed). */
export function seededShuffle<T>(items: readonly T[], seed: string | number): T[] {
  const random = seededRandom(typeof seed === 'number'
    ? seed
    : hashSeed(seed))
  const out = [
    ...items,
  ]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** How many seeded shuffles `scramble` tries before it falls back to a rotation. */
const ATTEMPTS = 32

/**
 * A deterministic order of `items` in which no item stays in its own position (a derangement), so the
 * order shown to a learner is never the solved one and nothing starts out already in place.
 * Tries seeded shuffles of the positions; if none is a derangement, rotates by one (always one).
 * With fewer than two items nothing can move: returns a copy.
 */
export function scramble<T>(items: readonly T[], seed: string): T[] {
  const positions = items.map((_, index) => index)
  if (items.length < 2) {
    return [
      ...items,
    ]
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const order = seededShuffle(positions, hashSeed(`${seed}#${attempt}`))
    if (order.every((from, to) => from !== to))
      return order.map(from => items[from]!)
  }
  return [
    ...items.slice(1),
    items[0]!,
  ]
}
