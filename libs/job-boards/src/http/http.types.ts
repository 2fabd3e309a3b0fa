export type HttpMethod = 'GET' | 'POST';

/** One request as a transport sees it: the logical URL (before any host override). */
export interface TransportRequest {
  url: URL;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** The body may not exceed this many bytes. */
  maxBytes: number;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The body bytes exactly as the server sent them. */
  body: Buffer;
}

/** Moves one request: the live network, a snapshot directory, or a recorder around the live network. */
export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
}

export interface RequestOptions {
  /** Per-request timeout; the board client passes its own default. */
  timeoutMs?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** What a board client is given to talk to its API: JSON in, JSON out, with errors already mapped to codes. */
export interface BoardHttp {
  getJson(url: string, options?: RequestOptions): Promise<unknown>;
  postJson(url: string, body: unknown, options?: RequestOptions): Promise<unknown>;
}
