import { call } from './api.js';
import { EventParser, type ServerEvent } from './sse-parser.js';

/** Reads a run's events until the stream closes or `signal` aborts, handing each to `onEvent`. */
export async function readEvents(
  path: string,
  onEvent: (event: ServerEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const res = await call(path, { signal, headers: { Accept: 'text/event-stream' } });
  if (!res.body) return;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new EventParser();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.push(value).forEach(onEvent);
  }
}
