import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Transport, TransportRequest, TransportResponse } from './http.types';
import { snapshotFile } from './snapshot-key';

/**
 * Passes requests to another transport and writes each successful body into the snapshot layout.
 * Paged endpoints share one file (the key ignores query and body), so the first page, which
 * carries the totals, is kept rather than overwritten by later pages.
 */
export class RecordTransport implements Transport {
  private readonly written = new Set<string>();

  constructor(
    private readonly inner: Transport,
    private readonly dir: string,
  ) {}

  async send(request: TransportRequest): Promise<TransportResponse> {
    const file = snapshotFile(this.dir, request.url, request.snapshotKey);
    const response = await this.inner.send(request);
    if (file && response.status >= 200 && response.status < 300 && !this.written.has(file)) {
      this.written.add(file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, response.body);
    }
    return response;
  }
}
