import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the lines go: Nest's Logger('Http') when the API serves. */
export interface LogLine {
  log(message: string): void;
}

/** The path of a request URL without its query string (which may carry anything). */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0];
  return path || '/';
}

/**
 * Express middleware logging one line per request once its answer is over (or the client went
 * away): `GET /runs/abc 200 12 ms`. Only the method, the path, the status and the time: never a
 * query string, a header (the token is one) or a body.
 */
export function requestLog(out: LogLine): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Read now: routers mounted under a path rewrite req.url while they work.
    const line = `${req.method ?? '?'} ${pathOf(req.url)}`;
    res.once('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const cut = res.writableFinished ? '' : ' (closed early)';
      out.log(`${line} ${res.statusCode} ${ms.toFixed(1)} ms${cut}`);
    });
    next();
  };
}
