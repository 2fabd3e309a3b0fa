import { toIsoDate, type RawJob, type RemoteMode } from '@job-hunter/domain';
import type { BoardTarget } from '../job-board-client';
import { descriptionOf } from '../shared/description';
import { decodeEntities, htmlToPlain, text, uniqueStrings } from '../shared/html';
import { absoluteWebUrl } from '../shared/url';
import type { SuccessFactorsCsbJob, SuccessFactorsLegacyJob, SuccessFactorsRssItem } from './successfactors.types';

export interface SuccessFactorsMapContext {
  target: BoardTarget;
  fetchedAt: string;
}

/**
 * "Senior Data Engineer (Tel Aviv, IL)" → the title and the place. Only a trailing parenthesis
 * with a comma is a place: "(m/w/d)", "(f/m/x)" or "(Java)" stay in the title.
 */
export function splitTitlePlace(raw: string): { title: string; place?: string } {
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(raw.trim());
  const place = m?.[2]?.trim();
  if (!m?.[1] || !place || !place.includes(',') || /\b[mwfdx]\s*\/\s*[mwfdx]\b/i.test(place)) {
    return { title: raw.trim() };
  }
  return { title: m[1].trim(), place };
}

/**
 * One `sitemal.xml` item. Its link is the job's page; an item without one (or without an id) is
 * unusable. The feed has no workplace flag and no pay; usually no pubDate, so usually no date.
 */
export function mapRssItem(item: SuccessFactorsRssItem, ctx: SuccessFactorsMapContext): RawJob | null {
  const link = absoluteWebUrl(item.link) ?? absoluteWebUrl(item.guid);
  const rawTitle = text(item.title);
  if (!link || !rawTitle) return null;
  const id = text(item['g:id']) ?? /\/(\d+)\/?(?:[?#].*)?$/.exec(link)?.[1];
  if (!id) return null;
  const { title, place } = splitTitlePlace(rawTitle);
  const postedAt = toIsoDate(item.pubDate);
  const html = text(item.description);
  return successFactorsJob(ctx, {
    externalId: id,
    title,
    url: link,
    locations: uniqueStrings([item['g:location'] ?? place]),
    ...descriptionOf(html, () => (html ? htmlToPlain(html) : undefined)),
    department: text(item['g:job_function']),
    postedAt,
  });
}

/** A job of the board `ctx` names: its posting date, when there is one, is exact. */
function successFactorsJob(
  ctx: SuccessFactorsMapContext,
  job: Omit<RawJob, 'ats' | 'company' | 'board' | 'dateSource' | 'fetchedAt'>,
): RawJob {
  return {
    ats: 'successfactors',
    company: ctx.target.company,
    board: ctx.target.board,
    ...job,
    dateSource: job.postedAt ? 'exact' : 'unknown',
    fetchedAt: ctx.fetchedAt,
  };
}

/*
 * Hosted-page facets: which `<filterN>` holds what is each tenant's choice, so they are read by
 * label (lists from other public clients' measurements of live tenants). "Location Flexibility"
 * is a workplace picklist, not a place.
 */
const WORKPLACE_LABELS = ['work model', 'workplace', 'work arrangement', 'location flexibility', 'remote'];
const LOCATION_LABELS = ['geographic location', 'location', 'city', 'region', 'state', 'province', 'country'];
const DEPARTMENT_LABELS = [
  'job function',
  'function',
  'department',
  'job family',
  'job category',
  'career area',
  'work area',
];
const EMPLOYMENT_LABELS = ['employment type', 'employment status', 'contract type', 'work schedule'];

function facet(
  job: SuccessFactorsLegacyJob,
  labels: readonly string[],
  exclude: readonly string[] = [],
): string | undefined {
  for (const want of labels) {
    const hit = job.facets.find((f) => f.label.includes(want) && !exclude.some((x) => f.label.includes(x)));
    if (hit) return hit.value;
  }
  return undefined;
}

function workplaceOf(value: string | undefined): RemoteMode | undefined {
  if (!value) return undefined;
  if (/hybrid/i.test(value)) return 'hybrid';
  if (/remote|home\s*office|work from home/i.test(value)) return 'remote';
  if (/on[\s-]?site|in[\s-]office|office based/i.test(value)) return 'onsite';
  return undefined;
}

/**
 * Reads `<Posted-Date>` for a whole feed. Its documented spelling is MM/DD/YYYY, but a tenant can be
 * day-first: one slash date whose first number exceeds 12 settles that for every posting of the feed.
 */
export function legacyDateReader(jobs: readonly SuccessFactorsLegacyJob[]): (raw: string | undefined) => string | null {
  const dayFirst = jobs.some((j) => {
    const first = /^\s*(\d{1,2})\/\d{1,2}\/\d{2,4}\s*$/.exec(j.postedDate ?? '')?.[1];
    return first !== undefined && Number(first) > 12;
  });
  return (raw) => {
    const s = raw?.trim() ?? '';
    if (/^\d{4}-\d{2}-\d{2}/.test(s)) return toIsoDate(s);
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    if (!m) return null;
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return utcDay(year, dayFirst ? b : a, dayFirst ? a : b);
  };
}

/** The public page of a hosted-page requisition (the listing's own link). */
export function legacyJobUrl(host: string, company: string, reqId: string): string {
  return (
    `https://${host}/career?career_ns=job_listing&company=${encodeURIComponent(company)}` +
    `&navBarLevel=JOB_SEARCH&career_job_req_id=${encodeURIComponent(reqId)}`
  );
}

export function mapLegacyJob(
  job: SuccessFactorsLegacyJob,
  ctx: SuccessFactorsMapContext & {
    host: string;
    company: string;
    readDate: (raw: string | undefined) => string | null;
  },
): RawJob | null {
  const id = text(job.reqId);
  const title = text(job.title);
  if (!id || !title) return null;
  const postedAt = ctx.readDate(job.postedDate);
  const html = job.descriptionHtml;
  const workplace = workplaceOf(facet(job, WORKPLACE_LABELS));
  return successFactorsJob(ctx, {
    externalId: id,
    title,
    url: legacyJobUrl(ctx.host, ctx.company, id),
    locations: uniqueStrings([job.location ?? facet(job, LOCATION_LABELS, WORKPLACE_LABELS)]),
    ...(workplace ? { workplace } : {}),
    ...descriptionOf(html, () => (html ? htmlToPlain(html) : undefined)),
    department: facet(job, DEPARTMENT_LABELS),
    employmentType: facet(job, EMPLOYMENT_LABELS),
    postedAt,
  });
}

/** A Career Site Builder search row's id, or null. */
export function csbJobId(job: SuccessFactorsCsbJob): string | null {
  const id = typeof job.id === 'number' ? String(job.id) : text(job.id ?? undefined);
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/**
 * One Career Site Builder search row, read in `locale`. The row has no description; its page is
 * `/job/{urlTitle}/{id}-{locale}` as the site's own script builds it (the slug is cosmetic and comes
 * percent-encoded; entities left in it are decoded and characters that would break the path dropped).
 */
export function mapCsbJob(
  job: SuccessFactorsCsbJob,
  locale: string,
  ctx: SuccessFactorsMapContext & { host: string },
): RawJob | null {
  const id = csbJobId(job);
  const title = text(decodeEntities(job.unifiedStandardTitle ?? job.jobTitle ?? ''));
  if (!id || !title) return null;
  const slug =
    decodeEntities(text(job.unifiedUrlTitle ?? undefined) ?? text(job.urlTitle ?? undefined) ?? 'job')
      .replace(/[?#&/\\\s]+/g, '-')
      .replace(/-{2,}/g, '-') || 'job';
  const postedAt = csbDate(job.unifiedStandardStart, locale);
  return successFactorsJob(ctx, {
    externalId: id,
    title,
    url: `https://${ctx.host}/job/${slug}/${id}-${locale}`,
    locations: placesOf(job.jobLocationShort ?? job.sfstd_jobLocation_obj),
    postedAt,
  });
}

function placesOf(raw: string[] | string | null | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return uniqueStrings(list.map((p) => (typeof p === 'string' ? htmlToPlain(p).replace(/\s+/g, ' ') : undefined)));
}

/**
 * The CSB posting date, written in the query locale's short format ("6/18/26" en_US, "20.11.23"
 * de_DE, "15/07/2026" en_GB): ISO dates as they are, a leading 4-digit year as y/m/d, else the
 * locale's own day/month order (from the platform's locale data). Null when it does not fit.
 */
export function csbDate(raw: string | null | undefined, locale: string): string | null {
  const s = raw?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return toIsoDate(s);
  const m = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?$/.exec(s);
  if (!m) return null;
  const [a = '', b = '', c = ''] = [m[1], m[2], m[3]];
  if (a.length === 4) return utcDay(Number(a), Number(b), Number(c));
  const order = dayMonthOrder(locale);
  if (!order || c.length === 3) return null;
  const year = c.length <= 2 ? 2000 + Number(c) : Number(c);
  return order === 'dm' ? utcDay(year, Number(b), Number(a)) : utcDay(year, Number(a), Number(b));
}

const ORDERS = new Map<string, 'dm' | 'md' | null>();

function dayMonthOrder(locale: string): 'dm' | 'md' | null {
  const cached = ORDERS.get(locale);
  if (cached !== undefined) return cached;
  let order: 'dm' | 'md' | null = null;
  try {
    const types = new Intl.DateTimeFormat(locale.replace('_', '-'), {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    if (types[0] === 'day') order = 'dm';
    else if (types[0] === 'month') order = 'md';
  } catch {
    order = null;
  }
  ORDERS.set(locale, order);
  return order;
}

function utcDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? d.toISOString() : null;
}
