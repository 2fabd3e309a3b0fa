import { decodeEntities } from '../shared/html';
import type { BambooHrOpening } from './bamboohr.types';

/**
 * The openings of BambooHR's embed widget (`GET https://{slug}.bamboohr.com/jobs/embed2.php`), the
 * static HTML the careers-page embed (`/js/embed.js`) injects. Per the public clients that read it
 * (complete-labs/ats-scrapers `bamboohr.py`, santifer/career-ops), one block per department and one
 * `<li>` per opening:
 *
 *     <li id="bhrDepartmentID_{dept}" class="BambooHR-ATS-Department-Item">
 *       <div id="department_{dept}" class="BambooHR-ATS-Department-Header">{Department}</div>
 *       <ul class="BambooHR-ATS-Jobs-List">
 *         <li id="bhrPositionID_{id}" class="BambooHR-ATS-Jobs-Item">
 *           <a href="//{slug}.bamboohr.com/careers/{id}">{Title}</a>
 *           <span class="BambooHR-ATS-Location">{City, State}</span>
 *
 * Older widgets link `/jobs/view.php?id={id}` instead of `/careers/{id}`; both are read.
 */
export interface WidgetOpenings {
  openings: BambooHrOpening[];
  /** Job rows with no id or no title. */
  invalid: number;
}

const TOKENS =
  /<div\b[^>]*\bBambooHR-ATS-Department-Header\b[^>]*>([\s\S]*?)<\/div>|<li\b([^>]*\bBambooHR-ATS-Jobs-Item\b[^>]*)>([\s\S]*?)<\/li>/gi;
const ANCHOR = /<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a>/gi;
const LOCATION = /<span\b[^>]*\bBambooHR-ATS-Location\b[^>]*>([\s\S]*?)<\/span>/i;
const POSITION_ID = /\bid\s*=\s*["']bhrPositionID_(\d+)["']/i;

/**
 * True when `html` is the widget (even an empty one), false when it is another page, such as
 * BambooHR's marketing site, where an unknown company's URLs lead. An empty widget is a short
 * fragment with no job rows; a whole HTML document without the widget's classes is not one.
 */
export function isBambooHrWidget(html: string): boolean {
  if (/BambooHR-ATS/i.test(html)) return true;
  return !/<html\b|<!doctype/i.test(html);
}

export function parseBambooHrWidget(html: string, slug: string): WidgetOpenings {
  const out: WidgetOpenings = { openings: [], invalid: 0 };
  const seen = new Set<string>();
  const add = (id: string | undefined, title: string | undefined, department?: string, location?: string) => {
    if (!id || !title) {
      out.invalid++;
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    out.openings.push({
      id,
      jobOpeningName: title,
      ...(department ? { departmentLabel: department } : {}),
      ...(location ? { widgetLocation: location } : {}),
    });
  };
  let department: string | undefined;
  let rows = 0;
  for (const m of html.matchAll(TOKENS)) {
    if (m[1] !== undefined) {
      department = plain(m[1]);
      continue;
    }
    rows++;
    const attributes = m[2] ?? '';
    const body = m[3] ?? '';
    const link = [...body.matchAll(ANCHOR)][0];
    const href = link ? (link[1] ?? link[2] ?? '') : '';
    const id = openingIdOf(href, slug) ?? POSITION_ID.exec(attributes)?.[1];
    add(id, link ? plain(link[3] ?? '') : undefined, department, plain(LOCATION.exec(body)?.[1] ?? ''));
  }
  if (rows > 0) return out;
  // A widget without the usual rows: any link to one of this company's openings.
  for (const link of html.matchAll(ANCHOR)) {
    const id = openingIdOf(link[1] ?? link[2] ?? '', slug);
    if (id) add(id, plain(link[3] ?? ''));
  }
  return out;
}

/** The opening id of a link to `/careers/{id}` or `/jobs/view.php?id={id}` on this company's host (or relative). */
export function openingIdOf(href: string, slug: string): string | undefined {
  let url: URL;
  try {
    url = new URL(decodeEntities(href.trim()), `https://${slug}.bamboohr.com/jobs/`);
  } catch {
    return undefined;
  }
  if (url.hostname.toLowerCase() !== `${slug.toLowerCase()}.bamboohr.com`) return undefined;
  const careers = /^\/careers\/(\d+)\/?$/.exec(url.pathname)?.[1];
  if (careers) return careers;
  if (/^\/jobs\/view\.php$/i.test(url.pathname)) {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? id : undefined;
  }
  return undefined;
}

function plain(html: string): string | undefined {
  const t = decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return t || undefined;
}
