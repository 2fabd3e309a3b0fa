/** One HTTP attempt as `--verbose` shows it: where (host and path only), how it ended, how long it took. */
export interface RequestEvent {
  method: string;
  /** Host and path: never the query string (it may carry a key) nor any header. */
  where: string;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  ms: number;
  outcome: 'response' | 'timeout' | 'network' | 'aborted' | 'refused';
  status?: number;
}

const ENDINGS: Record<Exclude<RequestEvent['outcome'], 'response'>, string> = {
  timeout: 'timed out',
  network: 'network error',
  aborted: 'stopped (run cancelled or board deadline)',
  refused: 'refused before sending',
};

/** `GET boards-api.greenhouse.io/v1/boards/acme/jobs → 200 in 84 ms (attempt 1)` */
export function describeRequest(event: RequestEvent): string {
  const ending = event.outcome === 'response' ? String(event.status) : ENDINGS[event.outcome];
  return `${event.method} ${event.where} → ${ending} in ${event.ms} ms (attempt ${event.attempt})`;
}
