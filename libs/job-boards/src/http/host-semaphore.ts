import type { HostLeases } from './host-leases';

/**
 * Caps how many requests run at once against each host; the rest wait in order. With shared
 * `leases` the cap also holds across every process using the same database: a request first
 * waits here (cheap, in memory), then for one of the host's slots in the lease table.
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly defaultLimit: number,
    private readonly perHost: Record<string, number> = {},
    private readonly leases?: HostLeases,
    /** Names this limiter's keys in the lease table (e.g. `workday-list`), so two limiters on one host do not share slots. */
    private readonly scope = 'host',
  ) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await (this.leases ? this.leases.hold(`${this.scope}:${host}`, this.limit(host), task) : task());
    } finally {
      this.release(host);
    }
  }

  private limit(host: string): number {
    return Math.max(1, this.perHost[host] ?? this.defaultLimit);
  }

  private acquire(host: string): Promise<void> {
    const n = this.active.get(host) ?? 0;
    if (n < this.limit(host)) {
      this.active.set(host, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(host) ?? [];
      queue.push(resolve);
      this.waiting.set(host, queue);
    });
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    // The permit passes straight to the next waiter, so the active count stays the same.
    if (next) return next();
    this.active.set(host, (this.active.get(host) ?? 1) - 1);
  }
}
