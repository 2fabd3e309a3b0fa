import type { AtsKind } from '@job-hunter/domain';

/** How to ask one ATS whether a board exists: its list endpoint and what a live board answers. */
export interface BoardProbe {
  ats: AtsKind;
  /** The same list URL the scraper reads, so a found board's answer is reused from the response cache. */
  url(slug: string): string;
  /** The careers URL the scraper detects back to this ATS and slug. */
  careersUrl(slug: string): string;
  /** True for a valid payload listing at least one posting. */
  hasPostings(body: unknown): boolean;
}

/** One path segment; `%XX` escapes already in a board token (`Hyperliquid%20Labs`) are kept, as the scraper does. */
const seg = (slug: string): string =>
  slug
    .split(/(%[0-9A-Fa-f]{2})/)
    .map((part, i) => (i % 2 === 1 ? part : encodeURIComponent(part)))
    .join('');

function listIn(body: unknown, field?: string): boolean {
  const list = field ? (isRecord(body) ? body[field] : undefined) : body;
  return Array.isArray(list) && list.length > 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The supported boards with a public list endpoint, in probing order (the most common first).
 * Workday is left out: its sites need a tenant, a data centre and a site name, which no slug gives.
 * An empty list does not count: SmartRecruiters, for one, answers any company name with an empty
 * list, and a board without openings adds nothing to a search anyway.
 */
export const BOARD_PROBES: readonly BoardProbe[] = [
  {
    ats: 'greenhouse',
    url: (s) => `https://boards-api.greenhouse.io/v1/boards/${seg(s)}/jobs?content=true`,
    careersUrl: (s) => `https://job-boards.greenhouse.io/${seg(s)}`,
    hasPostings: (b) => listIn(b, 'jobs'),
  },
  {
    ats: 'lever',
    url: (s) => `https://api.lever.co/v0/postings/${seg(s)}?mode=json`,
    careersUrl: (s) => `https://jobs.lever.co/${seg(s)}`,
    hasPostings: (b) => listIn(b),
  },
  {
    ats: 'ashby',
    url: (s) => `https://api.ashbyhq.com/posting-api/job-board/${seg(s)}?includeCompensation=true`,
    careersUrl: (s) => `https://jobs.ashbyhq.com/${seg(s)}`,
    hasPostings: (b) => listIn(b, 'jobs'),
  },
  {
    ats: 'workable',
    url: (s) => `https://apply.workable.com/api/v1/widget/accounts/${seg(s)}?details=true`,
    careersUrl: (s) => `https://apply.workable.com/${seg(s)}`,
    hasPostings: (b) => listIn(b, 'jobs'),
  },
  {
    ats: 'recruitee',
    url: (s) => `https://${s.toLowerCase()}.recruitee.com/api/offers/`,
    careersUrl: (s) => `https://${s.toLowerCase()}.recruitee.com`,
    hasPostings: (b) => listIn(b, 'offers'),
  },
  {
    ats: 'smartrecruiters',
    url: (s) => `https://api.smartrecruiters.com/v1/companies/${seg(s)}/postings?limit=100&offset=0`,
    careersUrl: (s) => `https://jobs.smartrecruiters.com/${seg(s)}`,
    hasPostings: (b) => listIn(b, 'content'),
  },
];

/** Recruitee slugs are host names: lower-case letters, digits and hyphens only. */
export function probeFits(probe: BoardProbe, slug: string): boolean {
  return probe.ats !== 'recruitee' || /^[a-z0-9][a-z0-9-]*$/.test(slug.toLowerCase());
}
