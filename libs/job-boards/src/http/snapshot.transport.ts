import { readFile, stat } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import type { Transport, TransportRequest, TransportResponse } from './http.types';
import { tooLarge } from './read-capped-body';
import { snapshotFile } from './snapshot-key';

/** Answers every request from a recorded snapshot directory; a request with no file is a 404. */
export class SnapshotTransport implements Transport {
  /** `latencyMs` simulates the network, for demos and benchmarks. */
  constructor(
    private readonly dir: string,
    private readonly latencyMs = 0,
  ) {}

  async send(request: TransportRequest): Promise<TransportResponse> {
    request.signal.throwIfAborted();
    if (this.latencyMs > 0) await delay(this.latencyMs, undefined, { signal: request.signal });
    const file = snapshotFile(this.dir, request.url, request.snapshotKey);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return notFound();
    if (info.size > request.maxBytes) throw tooLarge(request.url, request.maxBytes);
    const body = await readFile(file);
    return { status: 200, headers: new Headers({ 'content-type': 'application/json' }), body };
  }
}

function notFound(): TransportResponse {
  return { status: 404, headers: new Headers({ 'x-snapshot': 'missing' }), body: Buffer.alloc(0) };
}
