import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_DIR } from './demo-inputs';

/** The settings that make an API replay the demo's market for every run it starts (as `make web` does). */
export const DEMO_API_ENV: Readonly<Record<string, string>> = {
  JH_SNAPSHOT_DIR: path.join(DEMO_DIR, 'snapshot'),
  JH_COMPANIES_FILE: path.join(DEMO_DIR, 'companies.yaml'),
};

/** A `POST /runs` form with the demo's resume and preferences file, and any other fields given. */
export function demoUpload(fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('resume', new Blob([fs.readFileSync(path.join(DEMO_DIR, 'resume.pdf'))]), 'resume.pdf');
  form.append('prefsFile', new Blob([fs.readFileSync(path.join(DEMO_DIR, 'preferences.txt'))]), 'preferences.txt');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

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
