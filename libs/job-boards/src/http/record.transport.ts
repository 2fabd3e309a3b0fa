import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Transport, TransportRequest, TransportResponse } from './http.types';
import { snapshotFile } from './snapshot-key';

/** Passes requests to another transport and writes each successful body into the snapshot layout. */
export class RecordTransport implements Transport {
  constructor(
    private readonly inner: Transport,
    private readonly dir: string,
  ) {}

  async send(request: TransportRequest): Promise<TransportResponse> {
    const file = snapshotFile(this.dir, request.url);
    const response = await this.inner.send(request);
    if (file && response.status >= 200 && response.status < 300) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, response.body);
    }
    return response;
  }
}
