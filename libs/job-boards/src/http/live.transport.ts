import { JobHunterError } from '@job-hunter/domain';
import { GuardedFetch } from './guarded-fetch';
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

/** The network; follows redirects itself so that every hop passes the SSRF guard (see GuardedFetch). */
export class LiveTransport implements Transport {
  private readonly fetcher: GuardedFetch;

  constructor(options: LiveTransportOptions) {
    this.fetcher = new GuardedFetch(options.guard, options.hostOverrides);
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    let url = request.url;
    let method = request.method;
    let body = request.body;
    for (let hop = 0; ; hop++) {
      const response = await this.fetcher.fetch(url, {
        method,
        headers: request.headers,
        body,
        signal: request.signal,
      });
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
}
