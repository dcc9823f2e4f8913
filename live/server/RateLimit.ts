/**
 * A token bucket per connection: `capacity` messages at once, refilled at `perSecond`.
 * `take()` is false when the message must be dropped.
 */
export class RateLimit {
  private readonly capacity: number
  private readonly perSecond: number
  private readonly clock: () => number
  private tokens: number
  private last: number
  /** Messages dropped so far on this connection. */
  dropped = 0

  constructor(capacity: number, perSecond: number, clock: () => number = () => performance.now()) {
    this.capacity = capacity
    this.perSecond = perSecond
    this.clock = clock
    this.tokens = capacity
    this.last = clock()
  }

  take(): boolean {
    const now = this.clock()
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) / 1000 * this.perSecond)
    this.last = now
    if (this.tokens >= 1) {
      this.tokens -= 1
      return true
    }
    this.dropped++
    return false
  }
}
