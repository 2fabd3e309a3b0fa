import type { AtsKind } from '@job-hunter/domain';

/** How to ask one ATS whether a board exists: its list endpoint and what a live board answers. */
export interface BoardProbe {
  ats: AtsKind;
  /** The same list URL the scraper reads, so a found board's answer is reused from the response cache. */
  url(slug: string): string;
  /** The careers URL the scraper detects back to this ATS and slug. */
  careersUrl(slug: string): string;
  /** How the list answer is read: JSON, or text for the boards whose feed is XML or RSS. */
  format: 'json' | 'text';
  /** True for a valid payload listing at least one posting. */
  hasPostings(body: unknown): boolean;
  /**
   * Asked for every slug guessed from a company's name. The boards added last are asked only when
   * the model names them (its careers URL or its ATS guess): each blind guess costs a request per board.
   */
  blind: boolean;
  /** Its slugs are host names (the company's subdomain on the board): lower-case letters, digits and hyphens. */
  hostLabel?: boolean;
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

/** An XML or RSS feed that lists at least one `<element>`. */
function feedLists(body: unknown, element: string): boolean {
  return typeof body === 'string' && new RegExp(`<${element}[\\s>]`).test(body);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The supported boards with a public list endpoint, in probing order (the most common first).
 * Zoho Recruit, Keka, Oracle and SuccessFactors are left out too: their boards need a data centre,
 * a portal id, a site number or the company's own host, which no slug gives.
 * Workday is left out: its sites need a tenant, a data centre and a site name, which no slug gives.
 * An empty list does not count: SmartRecruiters, for one, answers any company name with an empty
 * list, and a board without openings adds nothing to a search anyway.
 */
export const BOARD_PROBES: readonly BoardProbe[] = [
  {
    ats: 'greenhouse',
    url: (s) => `https://boards-api.greenhouse.io/v1/boards/${seg(s)}/jobs?content=true`,
    careersUrl: (s) => `https://job-boards.greenhouse.io/${seg(s)}`,
    format: 'json',
    hasPostings: (b) => listIn(b, 'jobs'),
    blind: true,
  },
  {
    ats: 'lever',
    url: (s) => `https://api.lever.co/v0/postings/${seg(s)}?mode=json`,
    careersUrl: (s) => `https://jobs.lever.co/${seg(s)}`,
    format: 'json',
    hasPostings: (b) => listIn(b),
    blind: true,
  },
  {
    ats: 'ashby',
    url: (s) => `https://api.ashbyhq.com/posting-api/job-board/${seg(s)}?includeCompensation=true`,
    careersUrl: (s) => `https://jobs.ashbyhq.com/${seg(s)}`,
    format: 'json',
    hasPostings: (b) => listIn(b, 'jobs'),
    blind: true,
  },
  {
    ats: 'workable',
    url: (s) => `https://apply.workable.com/api/v1/widget/accounts/${seg(s)}?details=true`,
    careersUrl: (s) => `https://apply.workable.com/${seg(s)}`,
    format: 'json',
    hasPostings: (b) => listIn(b, 'jobs'),
    blind: true,
  },
  {
    ats: 'recruitee',
    url: (s) => `https://${s.toLowerCase()}.recruitee.com/api/offers/`,
    careersUrl: (s) => `https://${s.toLowerCase()}.recruitee.com`,
    format: 'json',
    hasPostings: (b) => listIn(b, 'offers'),
    blind: true,
    hostLabel: true,
  },
  {
    ats: 'smartrecruiters',
    url: (s) => `https://api.smartrecruiters.com/v1/companies/${seg(s)}/postings?limit=100&offset=0`,
    careersUrl: (s) => `https://jobs.smartrecruiters.com/${seg(s)}`,
    format: 'json',
    hasPostings: (b) => listIn(b, 'content'),
    blind: true,
  },
  {
    ats: 'personio',
    url: (s) => `https://${s.toLowerCase()}.jobs.personio.de/xml?language=en`,
    careersUrl: (s) => `https://${s.toLowerCase()}.jobs.personio.de`,
    format: 'text',
    hasPostings: (b) => feedLists(b, 'position'),
    blind: false,
    hostLabel: true,
  },
  {
    ats: 'teamtailor',
    url: (s) => `https://${s.toLowerCase()}.teamtailor.com/jobs.rss?per_page=200`,
    careersUrl: (s) => `https://${s.toLowerCase()}.teamtailor.com/jobs`,
    format: 'text',
    hasPostings: (b) => feedLists(b, 'item'),
    blind: false,
    hostLabel: true,
  },
  {
    ats: 'bamboohr',
    url: (s) => `https://${s.toLowerCase()}.bamboohr.com/careers/list`,
    careersUrl: (s) => `https://${s.toLowerCase()}.bamboohr.com/careers`,
    format: 'json',
    hasPostings: (b) => listIn(b, 'result'),
    blind: false,
    hostLabel: true,
  },
  {
    ats: 'rippling',
    url: (s) => `https://api.rippling.com/platform/api/ats/v1/board/${seg(s)}/jobs`,
    careersUrl: (s) => `https://ats.rippling.com/${seg(s)}/jobs`,
    format: 'json',
    hasPostings: (b) => listIn(b),
    blind: false,
  },
  {
    ats: 'gem',
    url: (s) => `https://api.gem.com/job_board/v0/${seg(s)}/job_posts/`,
    careersUrl: (s) => `https://jobs.gem.com/${seg(s)}`,
    format: 'json',
    hasPostings: (b) => listIn(b) || listIn(b, 'job_posts'),
    blind: false,
  },
];

/** A slug the board can have: on the boards whose slugs are host names, lower-case letters, digits and hyphens only. */
export function probeFits(probe: BoardProbe, slug: string): boolean {
  return !probe.hostLabel || /^[a-z0-9][a-z0-9-]*$/.test(slug.toLowerCase());
}
