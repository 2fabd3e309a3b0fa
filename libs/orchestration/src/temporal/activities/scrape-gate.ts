/**
 * At most `limit` tasks at once in this process, the rest waiting in order. A waiter whose signal
 * aborts leaves the queue and rejects with the signal's reason, so a cancelled activity never
 * starts its work.
 */
export class ScrapeGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const admit = (): void => {
        signal.removeEventListener('abort', leave);
        resolve();
      };
      const leave = (): void => {
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      this.waiting.push(admit);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The permit passes straight to the next waiter, so the active count stays the same.
    if (next) next();
    else this.active -= 1;
  }
}
