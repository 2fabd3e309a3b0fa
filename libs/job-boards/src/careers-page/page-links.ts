import type { AtsKind } from '@job-hunter/domain';
import type { JobBoardClient } from '../job-board-client';
import type { PageScan } from './careers-browser';

export interface EmbeddedBoard {
  ats: AtsKind;
  board: string;
  /** The URL it was found in (lets a client pick a regional API, e.g. Lever EU). */
  foundIn: string;
  mentions: number;
}

/**
 * Known boards a page embeds or links to, most mentioned first: iframes and scripts (Greenhouse
 * `grnhse_app` and `embed/job_board/js?for=`, Ashby embeds), requests to board hosts and links
 * (jobs.lever.co, jobs.ashbyhq.com, myworkdayjobs.com, …). A `gh_jid` link alone names no board;
 * the Greenhouse token then comes from the embed script on the same page.
 */
export function embeddedBoards(scan: PageScan, boards: readonly JobBoardClient[]): EmbeddedBoard[] {
  const found = new Map<string, EmbeddedBoard>();
  for (const raw of [...scan.embeds, ...scan.links]) {
    const url = parseHttp(raw, scan.url);
    if (!url) continue;
    for (const client of boards) {
      const hit = client.detect(url);
      if (!hit) continue;
      const key = `${client.ats}\u0000${hit.board.toLowerCase()}`;
      const known = found.get(key);
      if (known) known.mentions++;
      else found.set(key, { ats: client.ats, board: hit.board, foundIn: url.href, mentions: 1 });
      break;
    }
  }
  return [...found.values()].sort((a, b) => b.mentions - a.mentions);
}

const JOBISH =
  /(?:^|[/_-])(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|roles?|opportunit(?:y|ies)|stellen(?:angebote)?|karriere|offres?|emplois?|empleos?|vagas?|vacatures?|requisitions?)(?:$|[/_.-])/i;
const NOT_PAGES = /\.(?:pdf|docx?|xlsx?|zip|png|jpe?g|gif|svg|webp|mp4|ics)$/i;

/**
 * Same-site links that may be job pages: below the careers page's own path, or with a job word in
 * the path. Query-only variants of the page itself (filters, paging) and files are left out.
 */
export function jobLinkCandidates(scan: PageScan, known: ReadonlySet<string>, max: number): URL[] {
  const page = parseHttp(scan.url, scan.url);
  if (!page) return [];
  const base = page.pathname.replace(/\/+$/, '');
  const out = new Map<string, URL>();
  for (const raw of scan.links) {
    const url = parseHttp(raw, scan.url);
    if (!url || !sameSite(url.hostname, page.hostname) || NOT_PAGES.test(url.pathname)) continue;
    url.hash = '';
    const path = url.pathname.replace(/\/+$/, '');
    if (path === base || known.has(url.href) || out.has(url.href)) continue;
    const below = base !== '' && path.startsWith(`${base}/`);
    if (below || JOBISH.test(path)) out.set(url.href, url);
    if (out.size >= max) break;
  }
  return [...out.values()];
}

function parseHttp(raw: string, base: string): URL | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Same registrable domain, approximated: the last two labels, or three under short second levels (co.uk, com.au). */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}

function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  const keep =
    labels.length >= 3 && /^[a-z]{2}$/.test(labels.at(-1) ?? '') && (labels.at(-2) ?? '').length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The same boards found on several pages, mentions added up. */
export function mergeBoards(boards: readonly EmbeddedBoard[]): EmbeddedBoard[] {
  const merged = new Map<string, EmbeddedBoard>();
  for (const b of boards) {
    const key = `${b.ats}\u0000${b.board.toLowerCase()}`;
    const known = merged.get(key);
    merged.set(key, known ? { ...known, mentions: known.mentions + b.mentions } : { ...b });
  }
  return [...merged.values()].sort((a, b) => b.mentions - a.mentions);
}
