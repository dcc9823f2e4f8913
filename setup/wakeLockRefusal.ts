/**
 * Slidev keeps the screen awake while a deck is shown (its `wakeLock` setting, on in play and presenter views)
 * but leaves a refusal unhandled. Browsers refuse the lock in a page that is hidden, in a frame without the
 * `screen-wake-lock` permission (an LMS showing the SCORM package in an iframe) or by their own policy, and the
 * refusal then surfaces as an uncaught error on every start. It only means the screen may dim, so it is noted
 * once in the console instead, and every other rejection is left alone.
 */

/** True for the browser's refusal of a screen wake lock (`NotAllowedError` from `navigator.wakeLock.request`). */
export function isWakeLockRefusal(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null
    && (reason as { name?: unknown }).name === 'NotAllowedError'
    && /wake ?lock/i.test(String((reason as { message?: unknown }).message))
}

/** Handles wake lock refusals that reach `target` as unhandled rejections: noted once, never an error or a warning. */
// eslint-disable-next-line no-console -- a note, not a fault: a learner alone has no use for the lock.
export function quietWakeLockRefusals(target: Pick<Window, 'addEventListener'> = window, note: (message: string) => void = console.info): void {
  let noted = false
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (!isWakeLockRefusal(event.reason))
      return
    event.preventDefault()
    if (!noted) {
      noted = true
      note('The browser did not allow keeping the screen on (screen wake lock); the screen may dim during the session.')
    }
  })
}
