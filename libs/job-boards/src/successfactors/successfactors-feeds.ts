import { decodeEntities, text } from '../shared/html';
import { fieldOf } from '../shared/payload';
import { xmlParser } from '../shared/xml';
import type { SuccessFactorsLegacyJob, SuccessFactorsRssItem } from './successfactors.types';

/*
 * Reading the two XML feeds. The RSS is real XML and goes through fast-xml-parser: values stay
 * strings, CDATA is kept apart from text (text is entity-decoded here, CDATA never), and entities
 * are not expanded by the parser (no DOCTYPE tricks). The hosted pages' Job-Listing is not strict
 * XML (tenants emit empty `<>…</>` tags for unconfigured facets), so it is scanned element by
 * element instead, as other public clients do.
 */

const CDATA = '__cdata';

// Values stay strings (shared defaults); no entity is decoded by the parser, so none a document declares is expanded.
const rssParser = xmlParser({
  ignoreAttributes: true,
  decodeEntities: false,
  htmlEntities: false,
  cdataPropName: CDATA,
  isArray: (_name, jpath) => jpath === 'rss.channel.item',
});

export interface RssFeed {
  /** False when the answer is not an RSS document at all (e.g. an HTML page). */
  isRss: boolean;
  items: SuccessFactorsRssItem[];
}

const RSS_FIELDS = [
  'title',
  'link',
  'guid',
  'description',
  'pubDate',
  'g:id',
  'g:location',
  'g:employer',
  'g:job_function',
  'g:expiration_date',
] as const;

/** The items of a `sitemal.xml` answer; an unparsable or non-RSS answer is `isRss: false`. */
export function parseSitemalRss(xml: string): RssFeed {
  let doc: unknown;
  try {
    doc = rssParser.parse(xml);
  } catch {
    return { isRss: false, items: [] };
  }
  const rss = fieldOf(doc, 'rss');
  const channel = fieldOf(rss, 'channel');
  if (rss === undefined) return { isRss: false, items: [] };
  const raw = fieldOf(channel, 'item');
  const items: SuccessFactorsRssItem[] = [];
  for (const node of Array.isArray(raw) ? raw : []) {
    if (typeof node !== 'object' || node === null) continue;
    const item: SuccessFactorsRssItem = {};
    for (const key of RSS_FIELDS) {
      const value = nodeText(fieldOf(node, key));
      if (value !== undefined) item[key] = value;
    }
    items.push(item);
  }
  return { isRss: true, items };
}

/** An element's text: entity-decoded text, CDATA exactly as sent; a repeated element gives its first. */
function nodeText(node: unknown): string | undefined {
  if (Array.isArray(node)) return nodeText(node[0]);
  if (typeof node === 'string') return text(decodeEntities(node));
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  const cdata = record[CDATA];
  const parts = [
    ...(Array.isArray(cdata) ? cdata : cdata === undefined ? [] : [cdata]).map((c) => String(c)),
    ...(typeof record['#text'] === 'string' ? [decodeEntities(record['#text'])] : []),
  ];
  return text(parts.join(''));
}

/** The root every hosted-page Job-Listing answer has; a wrong company id answers a small HTML page (200). */
export function isJobListing(xml: string): boolean {
  return /<Job-Listing[\s>/]/i.test(xml);
}

const JOB = /<Job\s*>([\s\S]*?)<\/Job\s*>/gi;
const FACET = /<(filter\d*|mfield\d*)\s*>([\s\S]*?)<\/\1\s*>/gi;
/** RMK merge tokens ("[[filter1]]") a browser would have filled in; a plain reader gets them literally. */
const MERGE_TOKEN = /\[\[[^[\]]*\]\]/g;

/** Every `<Job>` block of a hosted page's Job-Listing, read element by element. */
export function scanJobListing(xml: string): SuccessFactorsLegacyJob[] {
  const jobs: SuccessFactorsLegacyJob[] = [];
  for (const match of xml.matchAll(JOB)) {
    const block = match[1] ?? '';
    const facets: SuccessFactorsLegacyJob['facets'] = [];
    for (const f of block.matchAll(FACET)) {
      const label = element(f[2] ?? '', 'label')?.toLowerCase();
      const value = element(f[2] ?? '', 'value');
      if (label && value) facets.push({ label, value });
    }
    jobs.push({
      reqId: element(block, 'ReqId'),
      title: element(block, 'JobTitle'),
      descriptionHtml: element(block, 'Job-Description'),
      postedDate: element(block, 'Posted-Date'),
      location: element(block, 'Location'),
      facets,
    });
  }
  return jobs;
}

function element(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}\\s*>`, 'i').exec(block);
  if (!m) return undefined;
  const raw = (m[1] ?? '').trim();
  const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(raw);
  const value = cdata ? (cdata[1] ?? '') : decodeEntities(raw);
  return text(value.replace(MERGE_TOKEN, ' '));
}
