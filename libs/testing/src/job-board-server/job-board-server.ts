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
  /** When each request arrived and when its answer was sent (performance.now()). */
  private readonly spans: Array<{ request: LoggedRequest; start: number; end: number }> = [];

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
   * The most requests this server was answering at the same moment, among those to `match` (a
   * path, or a test such as "every POST"; default: all); politeness tests (per-host and per-tenant
   * limits) assert on it. A request counts from its arrival until its answer is sent, `delayMs`
   * included; ask once the requests are answered.
   */
  maxConcurrent(match: string | ((request: LoggedRequest) => boolean) = () => true): number {
    const wanted = typeof match === 'string' ? (r: LoggedRequest) => r.path === match : match;
    const edges = this.spans
      .filter((s) => wanted(s.request))
      .flatMap((s) => [
        { at: s.start, step: 1 },
        { at: s.end, step: -1 },
      ]);
    // An answer sent at the moment another request arrives does not overlap it.
    edges.sort((a, b) => a.at - b.at || a.step - b.step);
    let open = 0;
    let peak = 0;
    for (const edge of edges) peak = Math.max(peak, (open += edge.step));
    return peak;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = performance.now();
    const request = await this.log(req);
    try {
      await this.answer(request, res);
    } finally {
      this.spans.push({ request, start, end: performance.now() });
    }
  }

  private async log(req: IncomingMessage): Promise<LoggedRequest> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      path: q === -1 ? rawUrl : rawUrl.slice(0, q),
      query: q === -1 ? '' : rawUrl.slice(q + 1),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(logged);
    return logged;
  }

  private async answer(logged: LoggedRequest, res: ServerResponse): Promise<void> {
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
