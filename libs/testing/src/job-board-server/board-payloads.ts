/**
 * Job-board answers in each vendor API's real shape, for fake servers and benchmarks.
 * Serve all of them from one FakeJobBoardServer and point the API hosts at it
 * (e.g. `hostOverrides: boardHostOverrides(server.url)`).
 */
export const BOARD_API_HOSTS = {
  greenhouse: 'boards-api.greenhouse.io',
  lever: 'api.lever.co',
  leverEu: 'api.eu.lever.co',
  ashby: 'api.ashbyhq.com',
} as const;

export const boardApiPath = {
  greenhouse: (token: string): string => `/v1/boards/${token}/jobs`,
  lever: (site: string): string => `/v0/postings/${site}`,
  ashby: (board: string): string => `/posting-api/job-board/${board}`,
};

export function boardHostOverrides(serverUrl: string): Record<string, string> {
  return Object.fromEntries(Object.values(BOARD_API_HOSTS).map((host) => [host, serverUrl]));
}

/** Posting dates count back from a fixed day, so payloads are the same on every run. */
export const DAY = 86_400_000;
export const BASE = Date.parse('2025-09-01T09:00:00Z');

export function greenhousePosting(i: number, token = 'acme'): Record<string, unknown> {
  return {
    id: 4000000 + i,
    internal_job_id: 9000 + i,
    title: `Software Engineer ${i}`,
    updated_at: new Date(BASE + (i + 1) * DAY).toISOString(),
    first_published: new Date(BASE + i * DAY).toISOString(),
    requisition_id: `REQ-${i}`,
    absolute_url: `https://job-boards.greenhouse.io/${token}/jobs/${4000000 + i}`,
    location: { name: i % 2 ? 'Remote - India' : 'Toronto, ON' },
    content: '&lt;p&gt;Build &lt;b&gt;TypeScript&lt;/b&gt; services.&lt;/p&gt;',
    metadata: [{ id: 1, name: 'Employment Type', value: 'Full-time', value_type: 'single_select' }],
    departments: [{ id: 1, name: 'Engineering', child_ids: [], parent_id: null }],
    offices: [{ id: 2, name: 'Toronto', location: 'Toronto, Ontario, Canada', child_ids: [], parent_id: null }],
  };
}

export function greenhouseBoard(count: number, token = 'acme'): Record<string, unknown> {
  return { jobs: Array.from({ length: count }, (_, i) => greenhousePosting(i, token)), meta: { total: count } };
}

export function leverPosting(i: number, site = 'acme'): Record<string, unknown> {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    id,
    text: `Backend Engineer ${i}`,
    categories: {
      commitment: 'Full-time',
      department: 'Engineering',
      team: 'Platform',
      location: 'Berlin',
      allLocations: ['Berlin', 'Munich'],
    },
    country: 'DE',
    createdAt: BASE + i * DAY,
    description: '<div>Go and Kafka.</div>',
    descriptionPlain: 'Go and Kafka.',
    lists: [{ text: 'Requirements', content: '<li>Go</li><li>Kafka</li>' }],
    additional: '<div>Relocation offered.</div>',
    additionalPlain: 'Relocation offered.',
    hostedUrl: `https://jobs.lever.co/${site}/${id}`,
    applyUrl: `https://jobs.lever.co/${site}/${id}/apply`,
    workplaceType: i % 2 ? 'remote' : 'on-site',
    salaryRange: { min: 60000, max: 80000, currency: 'EUR', interval: 'per-year-salary' },
  };
}

export function leverBoard(count: number, site = 'acme'): unknown[] {
  return Array.from({ length: count }, (_, i) => leverPosting(i, site));
}

export function ashbyPosting(i: number, board = 'acme'): Record<string, unknown> {
  const id = `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    id,
    title: `Data Scientist ${i}`,
    department: 'Data',
    team: 'Analytics',
    employmentType: 'FullTime',
    location: 'London',
    secondaryLocations: [
      { location: 'Dublin', address: { postalAddress: { addressCountry: 'Ireland', addressLocality: 'Dublin' } } },
    ],
    publishedAt: new Date(BASE + i * DAY).toISOString(),
    isListed: true,
    isRemote: i % 3 === 0 ? null : i % 3 === 1,
    workplaceType: null,
    address: { postalAddress: { addressCountry: 'United Kingdom', addressLocality: 'London' } },
    jobUrl: `https://jobs.ashbyhq.com/${board}/${id}`,
    applyUrl: `https://jobs.ashbyhq.com/${board}/${id}/application`,
    descriptionHtml: '<p>Python and SQL.</p>',
    descriptionPlain: 'Python and SQL.',
    shouldDisplayCompensationOnJobPostings: true,
    compensation: {
      compensationTierSummary: '£70K – £90K',
      summaryComponents: [
        { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'GBP', minValue: 70000, maxValue: 90000 },
      ],
      compensationTiers: [],
    },
  };
}

export function ashbyBoard(count: number, board = 'acme'): Record<string, unknown> {
  return { jobs: Array.from({ length: count }, (_, i) => ashbyPosting(i, board)), apiVersion: '1' };
}

/* Workday cxs and SmartRecruiters posting API (in their real shapes). */
