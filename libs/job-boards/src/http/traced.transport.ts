import { traceBoardRequest } from '@job-hunter/telemetry';
import type { Transport, TransportRequest, TransportResponse } from './http.types';

/**
 * Puts each board request attempt in a `board.request` span (a no-op while tracing is off), so a
 * slow stage shows which board and which retries it waited on. Outermost, so it sees every
 * attempt whichever transport answers (live, cache, recorder or snapshot).
 */
export class TracedTransport implements Transport {
  constructor(private readonly inner: Transport) {}

  send(request: TransportRequest): Promise<TransportResponse> {
    return traceBoardRequest(request.method, request.url, () => this.inner.send(request));
  }
}
