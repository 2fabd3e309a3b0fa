import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../loopback-server';

/** One canned answer. `json` is serialised; `body` is sent as is (e.g. malformed JSON or a huge payload). */
export interface FakeResponse {
  status?: number;
  json?: unknown;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
}

export interface LoggedRequest {
  method: string;
  /** The path as written in the request line, percent-encoding kept, without the query. */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type FakeHandler = (request: LoggedRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeRoute {
  method?: string;
  path: string;
  /** A fixed answer, a sequence (the last one repeats: "500 then 200"), or a handler. */
  respond: FakeResponse | FakeResponse[] | FakeHandler;
}

/** A tiny job-board server on 127.0.0.1 for tests and benchmarks; unknown routes answer 404. */
export class FakeJobBoardServer extends LoopbackServer {
  readonly requests: LoggedRequest[] = [];
  private readonly routes: FakeRoute[] = [];
  private readonly served = new Map<FakeRoute, number>();
  /** Requests being answered now and the most seen at once, by path ('' = any path). */
  private readonly inFlight = new Map<string, number>();
  private readonly peaks = new Map<string, number>();

  constructor(routes: FakeRoute[] = []) {
    super();
    routes.forEach((r) => this.route(r));
  }

  /** Adds a route; a later route for the same method and path wins. */
  route(route: FakeRoute): this {
    this.routes.unshift(route);
    return this;
  }

  /** Requests received for a path (any method). */
  requestsTo(path: string): LoggedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  /**
   * The most requests this server was answering at the same moment, to `path` or to any path;
   * politeness tests (per-host and per-tenant limits) assert on it. A request counts from its
   * arrival until its answer is sent, `delayMs` included.
   */
  maxConcurrent(path = ''): number {
    return this.peaks.get(path) ?? 0;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req.url);
    this.enter('');
    this.enter(path);
    try {
      await this.answer(req, res);
    } finally {
      this.leave('');
      this.leave(path);
    }
  }

  private enter(key: string): void {
    const now = (this.inFlight.get(key) ?? 0) + 1;
    this.inFlight.set(key, now);
    if (now > (this.peaks.get(key) ?? 0)) this.peaks.set(key, now);
  }

  private leave(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      path: pathOf(rawUrl),
      query: q === -1 ? '' : rawUrl.slice(q + 1),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(logged);
    const route = this.routes.find(
      (r) => r.path === logged.path && (!r.method || r.method.toUpperCase() === logged.method),
    );
    const answer = route ? await this.answerFor(route, logged) : { status: 404, json: { error: 'not found' } };
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (res.destroyed) return;
    const isJson = answer.json !== undefined;
    const body = isJson ? JSON.stringify(answer.json) : (answer.body ?? '');
    res.writeHead(answer.status ?? 200, {
      ...(isJson ? { 'content-type': 'application/json' } : {}),
      ...answer.headers,
    });
    res.end(body);
  }

  private async answerFor(route: FakeRoute, request: LoggedRequest): Promise<FakeResponse> {
    if (typeof route.respond === 'function') return route.respond(request);
    if (!Array.isArray(route.respond)) return route.respond;
    const n = this.served.get(route) ?? 0;
    this.served.set(route, n + 1);
    return route.respond[Math.min(n, route.respond.length - 1)] ?? { status: 500 };
  }
}

/** The path as written in the request line, without the query. */
function pathOf(rawUrl = '/'): string {
  const q = rawUrl.indexOf('?');
  return q === -1 ? rawUrl : rawUrl.slice(0, q);
}
