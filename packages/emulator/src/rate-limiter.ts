/**
 * Requests per user per second, counted in one-second windows like the API's limit ("Rate limit of 50 requests for
 * every 1 second(s) exceeded."). `limit` 0 turns it off.
 */
export class RateLimiter {
  readonly limit: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, { second: number; count: number }>();

  constructor(limit: number, now: () => number) {
    this.limit = limit;
    this.#now = now;
  }

  /** Counts one request; false when the key has used up this second's budget. */
  take(key: string): boolean {
    if (this.limit <= 0) return true;
    const second = Math.floor(this.#now() / 1000);
    const window = this.#windows.get(key);
    if (!window || window.second !== second) {
      if (this.#windows.size > 10_000) this.#windows.clear();
      this.#windows.set(key, { second, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.limit;
  }
}
