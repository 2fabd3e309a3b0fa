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
  /** Names the snapshot file instead of the URL's path (see RequestOptions.snapshotKey). */
  snapshotKey?: string;
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
  /**
   * The path of this request's snapshot file, for endpoints whose answers differ only in the
   * query or body (Oracle's detail finder, SuccessFactors' search pages): e.g.
   * `hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails/12345` stands for
   * `DIR/{host}/hcmRestApi/…/12345.json`. Without it the URL's path is the key (contract §4).
   */
  snapshotKey?: string;
}

/** What a board client is given to talk to its API: JSON (or text: XML, RSS, HTML) in and out, with errors already mapped to codes. */
export interface BoardHttp {
  getJson(url: string, options?: RequestOptions): Promise<unknown>;
  postJson(url: string, body: unknown, options?: RequestOptions): Promise<unknown>;
  /** The body as UTF-8 text, for XML, RSS and HTML answers; callers judge the content, not the content type. */
  getText(url: string, options?: RequestOptions): Promise<string>;
}
