// Server-sent events read from a fetch() body (EventSource cannot send the Authorization header).

export interface ServerEvent {
  event: string;
  data: string;
}

/** Turns chunks of a text/event-stream body into events; comment lines (keep-alives) are skipped. */
export class EventParser {
  private pending = '';
  private event = '';
  private data: string[] = [];

  push(chunk: string): ServerEvent[] {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    const events: ServerEvent[] = [];
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '') {
        if (this.data.length > 0) events.push({ event: this.event || 'message', data: this.data.join('\n') });
        this.event = '';
        this.data = [];
      } else if (!line.startsWith(':')) {
        this.field(line);
      }
    }
    return events;
  }

  private field(line: string): void {
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'event') this.event = value;
    else if (name === 'data') this.data.push(value);
  }
}
