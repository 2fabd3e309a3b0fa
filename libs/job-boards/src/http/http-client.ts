import { JobHunterError, isJobHunterError } from '@job-hunter/domain';
import type { HostLeases } from './host-leases';
import { HostLimiter } from './host-semaphore';
import type { BoardHttp, HttpMethod, RequestOptions, Transport, TransportResponse } from './http.types';
import type { RequestEvent } from './request-log';
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep } from './retry-policy';

export const DEFAULT_USER_AGENT = 'JobHunter/0.1 (+https://github.com/job-hunter/job-hunter)';

export interface HttpClientOptions {
  userAgent: string;
  /** Default per-request timeout; board clients pass their own. */
  timeoutMs: number;
  /** Extra attempts after the first, for 429, 5xx, timeouts and network failures. */
  retries: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** A server's Retry-After is honoured up to this wait. */
  maxRetryAfterMs: number;
  maxBodyBytes: number;
  /** Requests in flight per host. */
  hostConcurrency: number;
  perHostConcurrency: Record<string, number>;
  /** Slots shared with other processes (Temporal workers), so the per-host limits hold across all of them. */
  hostLeases?: HostLeases;
  /** Told of every attempt once it ends (the CLI's `--verbose` prints them). */
  onRequest?: (event: RequestEvent) => void;
}

export const DEFAULT_HTTP_OPTIONS: HttpClientOptions = {
  userAgent: DEFAULT_USER_AGENT,
  timeoutMs: 20_000,
  retries: 3,
  backoffBaseMs: 500,
  backoffCapMs: 10_000,
  maxRetryAfterMs: 30_000,
  maxBodyBytes: 20 * 1024 * 1024,
  hostConcurrency: 4,
  // Workable asks API clients to go one request at a time.
  perHostConcurrency: { 'apply.workable.com': 1 },
};

type Attempt =
  { kind: 'response'; response: TransportResponse } | { kind: 'timeout' } | { kind: 'network'; cause: unknown };

/** The one HTTP client of the job boards: timeouts, retries, per-host limits and error codes over a transport. */
export class HttpClient implements BoardHttp {
  readonly options: HttpClientOptions;
  private readonly limiter: HostLimiter;

  constructor(
    private readonly transport: Transport,
    options: Partial<HttpClientOptions> = {},
  ) {
    this.options = { ...DEFAULT_HTTP_OPTIONS, ...options };
    this.limiter = new HostLimiter(
      this.options.hostConcurrency,
      this.options.perHostConcurrency,
      this.options.hostLeases,
    );
  }

  async getJson(url: string, options: RequestOptions = {}): Promise<unknown> {
    return parseJson(await this.request('GET', url, undefined, options), hostPath(url));
  }

  async postJson(url: string, body: unknown, options: RequestOptions = {}): Promise<unknown> {
    return parseJson(await this.request('POST', url, JSON.stringify(body), options), hostPath(url));
  }

  async getText(url: string, options: RequestOptions = {}): Promise<string> {
    const body = await this.request('GET', url, undefined, {
      ...options,
      headers: { accept: '*/*', ...options.headers },
    });
    return body.toString('utf8');
  }

  /** One request with retries; the 2xx body, else the status as a JobHunterError. */
  private async request(
    method: HttpMethod,
    rawUrl: string,
    body: string | undefined,
    options: RequestOptions,
  ): Promise<Buffer> {
    const url = new URL(rawUrl);
    const where = hostPath(url);
    for (let attempt = 0; ; attempt++) {
      const result = await this.limiter.run(url.host, () => this.attempt(method, url, body, options, attempt + 1));
      const canRetry = attempt < this.options.retries;
      if (result.kind === 'response') {
        const { status, headers } = result.response;
        if (status >= 200 && status < 300) return result.response.body;
        if (status === 401 || status === 403) {
          throw new JobHunterError(
            'BOARD_FEED_OFF',
            `${where} answered HTTP ${status}: the board refuses anonymous readers of its feed.`,
          );
        }
        if (status === 404 || status === 410) {
          throw new JobHunterError(
            'BOARD_NOT_FOUND',
            `${where} answered HTTP ${status}: the board does not exist; check the careers URL or the company's board token.`,
          );
        }
        if (isRetryableStatus(status) && canRetry) {
          const asked = parseRetryAfter(headers.get('retry-after'));
          await sleep(
            asked !== null ? Math.min(asked, this.options.maxRetryAfterMs) : this.backoff(attempt),
            options.signal,
          );
          continue;
        }
        throw new JobHunterError(
          'BOARD_HTTP_ERROR',
          `${where} answered HTTP ${status}${isRetryableStatus(status) ? ` after ${attempt + 1} attempts; try again later` : '; check the careers URL'}.`,
          { retryable: isRetryableStatus(status) },
        );
      }
      if (canRetry) {
        await sleep(this.backoff(attempt), options.signal);
        continue;
      }
      if (result.kind === 'timeout') {
        throw new JobHunterError(
          'BOARD_TIMEOUT',
          `${where} did not answer within ${this.timeoutFor(options)} ms after ${attempt + 1} attempts; try again later.`,
        );
      }
      throw new JobHunterError(
        'BOARD_HTTP_ERROR',
        `${where} could not be reached (${describe(result.cause)}); check the network and try again.`,
        {
          cause: result.cause,
        },
      );
    }
  }

  private async attempt(
    method: HttpMethod,
    url: URL,
    body: string | undefined,
    options: RequestOptions,
    attemptNumber: number,
  ): Promise<Attempt> {
    options.signal?.throwIfAborted();
    const started = Date.now();
    const report = (outcome: RequestEvent['outcome'], status?: number): void =>
      this.options.onRequest?.({
        method,
        where: `${url.host}${url.pathname}`,
        attempt: attemptNumber,
        ms: Date.now() - started,
        outcome,
        status,
      });
    const timeout = AbortSignal.timeout(this.timeoutFor(options));
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    };
    try {
      const response = await this.transport.send({
        url,
        method,
        headers,
        body,
        signal,
        maxBytes: this.options.maxBodyBytes,
        ...(options.snapshotKey ? { snapshotKey: options.snapshotKey } : {}),
      });
      report('response', response.status);
      return { kind: 'response', response };
    } catch (cause) {
      if (options.signal?.aborted) {
        report('aborted');
        throw options.signal.reason;
      }
      if (timeout.aborted) {
        report('timeout');
        return { kind: 'timeout' };
      }
      const refused = isJobHunterError(cause);
      report(refused ? 'refused' : 'network');
      if (refused) throw cause;
      return { kind: 'network', cause };
    }
  }

  private timeoutFor(options: RequestOptions): number {
    return options.timeoutMs ?? this.options.timeoutMs;
  }

  private backoff(attempt: number): number {
    return backoffMs(attempt, this.options.backoffBaseMs, this.options.backoffCapMs);
  }
}

/** host and path: how an error names the URL (no query, no credentials). */
function hostPath(rawUrl: string | URL): string {
  const url = new URL(rawUrl);
  return `${url.host}${url.pathname}`;
}

function parseJson(body: Buffer, where: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (cause) {
    throw new JobHunterError(
      'BOARD_MALFORMED',
      `${where} did not answer valid JSON; the board may have changed its API or be down.`,
      { cause },
    );
  }
}

function describe(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return inner instanceof Error ? inner.message : String(inner);
}
