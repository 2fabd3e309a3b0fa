// What the API's event stream (GET /runs/:id/events) sends, read by tests as a client reads it.

/** One server-sent event of `GET /runs/:id/events`. */
export interface SseEvent {
  type: string;
  data: Record<string, unknown>;
}

/** Reads an event stream's events until it closes; `each` may act on each as it comes (and is awaited). */
export async function readEvents(res: Response, each?: (event: SseEvent) => unknown): Promise<SseEvent[]> {
  const seen: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let at: number;
    while ((at = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const type = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (!type || !data) continue;
      const event = { type, data: JSON.parse(data) as Record<string, unknown> };
      seen.push(event);
      await each?.(event);
    }
  }
  return seen;
}
