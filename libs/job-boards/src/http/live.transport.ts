import { Agent, fetch as undiciFetch } from 'undici';
import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import type { Transport, TransportRequest, TransportResponse } from './http.types';
import { readCappedBody } from './read-capped-body';
import type { SsrfGuard } from './ssrf-guard';

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface LiveTransportOptions {
  guard: SsrfGuard;
  /**
   * Host → origin to connect to instead, e.g. `{ 'api.lever.co': 'http://127.0.0.1:4010' }` for tests.
   * The request keeps its logical URL, so snapshot keys and redirects resolve as for the real host;
   * an overridden host is trusted because it was configured on purpose.
   */
  hostOverrides?: Record<string, string>;
}

/**
 * The network, through undici's fetch; follows redirects itself so that every hop passes the SSRF guard,
 * and connects through an agent whose lookup lets through only addresses the guard allows.
 */
export class LiveTransport implements Transport {
  private readonly overrides: Map<string, URL>;
  /** Connects only to addresses the guard has just checked (closes DNS rebinding between check and connect). */
  private readonly guarded: Agent;

  constructor(private readonly options: LiveTransportOptions) {
    this.overrides = new Map(
      Object.entries(options.hostOverrides ?? {}).map(([h, o]) => [h.toLowerCase(), new URL(o)]),
    );
    this.guarded = new Agent({ connect: { lookup: options.guard.lookup } });
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    let url = request.url;
    let method = request.method;
    let body = request.body;
    for (let hop = 0; ; hop++) {
      const response = await this.fetchHop(url, { method, headers: request.headers, body, signal: request.signal });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || !location) {
        return {
          status: response.status,
          headers: response.headers,
          body: await readCappedBody(response, request.maxBytes, url),
        };
      }
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) {
        throw new JobHunterError(
          'BOARD_HTTP_ERROR',
          `${request.url.host} redirected more than ${MAX_REDIRECTS} times; check the careers URL.`,
        );
      }
      url = new URL(location, url);
      if (response.status === 303) {
        method = 'GET';
        body = undefined;
      }
    }
  }

  /** One hop, never following redirects: an overridden host goes to its configured origin, any other through the guard. */
  private async fetchHop(
    url: URL,
    init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
  ): Promise<Response> {
    const override = this.overrides.get(url.hostname.toLowerCase());
    if (override) {
      const target = new URL(url.href);
      target.protocol = override.protocol;
      target.host = override.host;
      return fetch(target, { ...init, redirect: 'manual' });
    }
    // Literals and names are checked here without DNS; a name is resolved once, by the agent's lookup, which checks it.
    this.options.guard.checkWithoutDns(url);
    try {
      const response = await undiciFetch(url, { ...init, redirect: 'manual', dispatcher: this.guarded });
      return response as unknown as Response;
    } catch (error) {
      const refused = findJobHunterError(error);
      if (refused) throw refused;
      throw error;
    }
  }
}

/** The guard's refusal from inside undici's connect arrives wrapped as a network error's cause. */
function findJobHunterError(error: unknown): Error | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (isJobHunterError(e)) return e;
  }
  return undefined;
}
