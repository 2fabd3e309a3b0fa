import { randomUUID } from 'node:crypto';
import { JobHunterError, errorMessage } from '@job-hunter/domain';

/**
 * The port of the shared lease table. job-boards defines it and waits on it; persistence
 * implements it (structurally, like the response cache) over the database every worker shares,
 * so a limit holds across processes and machines, not just inside one.
 */
export interface HostLeaseStore {
  /**
   * Takes `slot` of `key` for `holder` until `expiresAt` (epoch ms) when the slot is free or its
   * lease expired before `now`; true when taken. One atomic statement, so two processes can
   * never both win one slot.
   */
  tryTake(key: string, slot: number, holder: string, expiresAt: number, now: number): Promise<boolean>;
  /** Moves every lease of `holder` to `expiresAt`. */
  renew(holder: string, expiresAt: number): Promise<void>;
  release(key: string, slot: number, holder: string): Promise<void>;
}

export interface HostLeaseOptions {
  /** A lease not renewed for this long frees itself (a killed worker's slots come back). */
  ttlMs?: number;
  /** Waits between full scans of the slots grow from this… */
  minWaitMs?: number;
  /** …up to this (with jitter, so waiting processes do not retry in step). */
  maxWaitMs?: number;
}

/** Optional Nest token for the process's HostLeases: Temporal workers provide it, other processes need not. */
export const HOST_LEASES = Symbol('HOST_LEASES');

const DEFAULTS: Required<HostLeaseOptions> = { ttlMs: 30_000, minWaitMs: 20, maxWaitMs: 500 };

/**
 * Slots per key (a host, or a board's tenant) shared through a HostLeaseStore: `hold` waits
 * with backoff until one of the key's `limit` slots is free, runs the task, then deletes its
 * lease. While any lease is held one timer renews them all, every third of the TTL, so a lease
 * outlives a slow request but not its process.
 */
export class HostLeases {
  /** One holder id per process (per instance): renewals and releases touch only our own rows. */
  readonly holder = randomUUID();
  private readonly options: Required<HostLeaseOptions>;
  private held = 0;
  private renewer?: NodeJS.Timeout;

  constructor(
    private readonly store: HostLeaseStore,
    options: HostLeaseOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  async hold<T>(key: string, limit: number, task: () => Promise<T>): Promise<T> {
    const slot = await this.acquire(key, Math.max(1, limit));
    try {
      return await task();
    } finally {
      await this.release(key, slot);
    }
  }

  private async acquire(key: string, limit: number): Promise<number> {
    // Counted before the first take, so a renewal is already scheduled when it succeeds.
    this.startHolding();
    try {
      for (let round = 0; ; round++) {
        // A random first slot spreads the processes over the slots instead of all racing for slot 0.
        const first = Math.floor(Math.random() * limit);
        for (let i = 0; i < limit; i++) {
          const slot = (first + i) % limit;
          const now = Date.now();
          if (await this.store.tryTake(key, slot, this.holder, now + this.options.ttlMs, now)) return slot;
        }
        await sleep(this.waitMs(round));
      }
    } catch (error) {
      this.stopHolding();
      // Fails closed (the request waits for Temporal's retry rather than ignoring the limit), in one line.
      throw new JobHunterError(
        'STORAGE_ERROR',
        `Could not take a shared request slot for ${key} (${errorMessage(error)}); check the database.`,
      );
    }
  }

  private async release(key: string, slot: number): Promise<void> {
    try {
      await this.store.release(key, slot, this.holder);
    } finally {
      this.stopHolding();
    }
  }

  private waitMs(round: number): number {
    const { minWaitMs, maxWaitMs } = this.options;
    const ceiling = Math.min(maxWaitMs, minWaitMs * 2 ** Math.min(round, 16));
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private startHolding(): void {
    if (this.held++ > 0) return;
    const every = Math.max(1, Math.floor(this.options.ttlMs / 3));
    this.renewer = setInterval(() => {
      // A failed renewal is retried on the next tick; the lease only lapses after a whole TTL.
      this.store.renew(this.holder, Date.now() + this.options.ttlMs).catch(() => undefined);
    }, every);
    // Never the reason a process stays alive.
    this.renewer.unref();
  }

  private stopHolding(): void {
    if (--this.held > 0) return;
    clearInterval(this.renewer);
    this.renewer = undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
