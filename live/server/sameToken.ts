/** Compares a presented token with the session's in constant time. */
import { Buffer } from 'node:buffer'
import { timingSafeEqual } from 'node:crypto'

export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
