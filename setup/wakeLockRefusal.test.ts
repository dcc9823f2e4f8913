import { describe, expect, it } from 'vitest'
import { isWakeLockRefusal, quietWakeLockRefusals } from './wakeLockRefusal.ts'

/** An unhandled rejection as the browser dispatches it: cancelable, with the reason. */
function rejection(reason: unknown): Event & { reason: unknown } {
  return Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason })
}

function refusal(message = 'Wake Lock permission request denied'): Error {
  return Object.assign(new Error(message), { name: 'NotAllowedError' })
}

describe('wake lock refusals', () => {
  it('recognises the browser\'s refusal and nothing else', () => {
    expect(isWakeLockRefusal(refusal())).toBe(true)
    expect(isWakeLockRefusal(refusal('Failed to execute \'request\' on \'WakeLock\': The requesting page is not visible'))).toBe(true)
    expect(isWakeLockRefusal(refusal('Permission denied to access the camera'))).toBe(false)
    expect(isWakeLockRefusal(new Error('Wake Lock permission request denied'))).toBe(false)
    expect(isWakeLockRefusal('NotAllowedError')).toBe(false)
    expect(isWakeLockRefusal(undefined)).toBe(false)
  })

  it('cancels a refusal and notes it once; other rejections stay errors', () => {
    const target = new EventTarget()
    const notes: string[] = []
    quietWakeLockRefusals(target as unknown as Window, message => notes.push(message))
    const first = rejection(refusal())
    const second = rejection(refusal())
    const other = rejection(new Error('network down'))
    target.dispatchEvent(first)
    target.dispatchEvent(second)
    target.dispatchEvent(other)
    expect([first.defaultPrevented, second.defaultPrevented, other.defaultPrevented]).toEqual([true, true, false])
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/screen may dim/)
  })
})
