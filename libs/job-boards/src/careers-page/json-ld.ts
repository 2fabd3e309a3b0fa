import type { JobPosting } from './job-posting.types';

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const MAX_DEPTH = 8;

/** The text of every `<script type="application/ld+json">` block of an HTML document. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(LD_SCRIPT)].map((m) => m[1] ?? '').filter((s) => s.trim() !== '');
}

/** Every schema.org JobPosting in JSON-LD blocks: top-level objects, lists, `@graph` and nested containers. */
export function jobPostingsFromJsonLd(blocks: readonly string[]): JobPosting[] {
  const found: JobPosting[] = [];
  for (const block of blocks) {
    const parsed = parseBlock(block);
    if (parsed !== undefined) collect(parsed, found, 0);
  }
  return found;
}

export function jobPostingsInHtml(html: string): JobPosting[] {
  return jobPostingsFromJsonLd(jsonLdBlocks(html));
}

/** Sites wrap JSON-LD in CDATA or HTML comments and leave raw newlines inside strings. */
function parseBlock(block: string): unknown {
  const cleaned = block
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  for (const candidate of [cleaned, cleaned.replace(/[\r\n\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function collect(node: unknown, out: JobPosting[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (isJobPosting(obj['@type'])) {
    out.push(obj as JobPosting);
    return;
  }
  // @graph, ItemList.itemListElement[].item, WebPage.mainEntity and the like.
  for (const value of Object.values(obj)) collect(value, out, depth + 1);
}

function isJobPosting(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:])JobPosting$/i.test(t.trim()));
}
