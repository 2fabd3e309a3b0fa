import type * as Undici from 'undici';
import { isJobHunterError } from '@job-hunter/domain';
import type { SsrfGuard } from './ssrf-guard';

export interface HopInit {
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  signal?: AbortSignal;
}

/**
 * One HTTP exchange, never following a redirect (the caller re-checks every hop). A host override
 * (tests) goes to its configured origin with Node's fetch, trusted because it was configured on
 * purpose; any other URL is judged by the guard (literals here: a socket connects to a literal
 * without a lookup) and sent through an undici Agent whose connect lookup is the guard's, so a
 * name is resolved once and the address judged is the address connected to.
 *
 * undici (fetch and Agent from one copy, so its errors keep their identity) is loaded on the first
 * live request only, and the Agent is passed per request. Loading the undici package installs its own
 * Agent as the process-wide dispatcher that Node's built-in fetch also uses (lib/global.js); that
 * slot is put back as it was, so nothing else in the process (a Temporal worker, a CLI) changes.
 * Idle keep-alive sockets are unref'd by undici, so they hold no process open.
 */
export class GuardedFetch {
  private readonly overrides: Map<string, URL>;
  private live?: Promise<LiveFetch>;

  constructor(
    private readonly guard: SsrfGuard,
    hostOverrides: Record<string, string> = {},
  ) {
    this.overrides = new Map(Object.entries(hostOverrides).map(([h, o]) => [h.toLowerCase(), new URL(o)]));
  }

  isOverridden(url: URL): boolean {
    return this.overrides.has(url.hostname.toLowerCase());
  }

  async fetch(url: URL, init: HopInit): Promise<Response> {
    const override = this.overrides.get(url.hostname.toLowerCase());
    if (override) {
      const target = new URL(url.href);
      target.protocol = override.protocol;
      target.host = override.host;
      return fetch(target, { ...init, redirect: 'manual' });
    }
    this.guard.checkWithoutDns(url);
    const { fetch: undiciFetch, dispatcher } = await this.liveFetch();
    try {
      const response = await undiciFetch(url, { ...init, redirect: 'manual', dispatcher });
      // The same WHATWG Response, from undici's copy rather than Node's bundled one.
      return response as unknown as Response;
    } catch (error) {
      throw refusalIn(error) ?? error;
    }
  }

  private liveFetch(): Promise<LiveFetch> {
    this.live ??= loadUndici().then(({ fetch, Agent }) => ({
      fetch,
      dispatcher: new Agent({ connect: { lookup: this.guard.lookup } }),
    }));
    return this.live;
  }
}

interface LiveFetch {
  fetch: typeof Undici.fetch;
  dispatcher: Undici.Agent;
}

/** The slot Node's built-in fetch and every undici copy read their default dispatcher from. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/** Loads the undici package without letting it replace the process-wide dispatcher. */
async function loadUndici(): Promise<typeof Undici> {
  const slot = globalThis as Record<symbol, unknown>;
  const before = slot[GLOBAL_DISPATCHER];
  const undici = await import('undici');
  // The property is writable (not configurable); Node's fetch then installs its own Agent on first use.
  if (slot[GLOBAL_DISPATCHER] !== before) slot[GLOBAL_DISPATCHER] = before;
  return undici;
}

/**
 * The guard's refusal from inside the connect step arrives as the cause of fetch's "fetch failed".
 * The chain is walked without `instanceof Error`, which fails for an error of another realm (Jest).
 */
function refusalIn(error: unknown): Error | undefined {
  let e = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    if (isJobHunterError(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
