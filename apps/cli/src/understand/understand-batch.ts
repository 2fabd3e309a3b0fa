import { bad } from '@job-hunter/orchestration';

/** One line of a `understand --batch` file. */
export interface BatchItem {
  id: string;
  text: string;
  /** 1-based line number in the file, for messages. */
  line: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads JSONL lines `{"id", "text"}` (blank lines skipped; other fields, such as a corpus's
 * `expected`, ignored). Every line is checked before any is read, so a bad file exits 2 naming
 * the line and prints nothing.
 */
export function parseBatch(content: string, file: string): BatchItem[] {
  const items: BatchItem[] = [];
  const seen = new Set<string>();
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw bad(`${file} line ${line} is not JSON: each line must be an object {"id": "…", "text": "…"}.`);
    }
    if (!isRecord(value)) throw bad(`${file} line ${line} must be an object {"id": "…", "text": "…"}.`);
    const { id, text } = value;
    if ((typeof id !== 'string' && typeof id !== 'number') || String(id).trim() === '') {
      throw bad(`${file} line ${line} has no "id" (a string or number).`);
    }
    if (typeof text !== 'string') throw bad(`${file} line ${line} has no "text" string.`);
    if (seen.has(String(id))) throw bad(`${file} line ${line} repeats the id "${String(id)}".`);
    seen.add(String(id));
    items.push({ id: String(id), text, line });
  });
  if (items.length === 0) throw bad(`${file} has no lines: give one {"id", "text"} object a line.`);
  return items;
}
