/** Agenda arithmetic shared by the agenda slide and the handouts: start times and h:mm. */

/** Adds to each item the minutes elapsed before it starts, so a schedule is never typed by hand. */
export function withStartTimes<T extends { minutes: number }>(items: readonly T[]): (T & { startsAt: number })[] {
  let elapsed = 0
  return items.map((item) => {
    const scheduled = { ...item, startsAt: elapsed }
    elapsed += item.minutes
    return scheduled
  })
}

/** `75` → `1:15`. */
export function formatMinutes(total: number): string {
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
