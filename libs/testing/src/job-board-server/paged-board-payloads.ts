// Payloads of the paged and detail-fetching boards (Workday, SmartRecruiters), Workable,
// Recruitee and careers pages, in each API's real shape, for tests and benchmarks.
import { BASE, DAY } from './board-payloads';
export const WORKDAY_TEST_HOST = 'acme.wd5.myworkdayjobs.com';
export const SMARTRECRUITERS_API_HOST = 'api.smartrecruiters.com';

export const workdayApiPath = {
  list: (tenant: string, site: string): string => `/wday/cxs/${tenant}/${site}/jobs`,
  detail: (tenant: string, site: string, externalPath: string): string => `/wday/cxs/${tenant}/${site}${externalPath}`,
};

export const smartRecruitersApiPath = {
  list: (company: string): string => `/v1/companies/${company}/postings`,
  detail: (company: string, id: string): string => `/v1/companies/${company}/postings/${id}`,
};

const WORKDAY_POSTED = ['Posted Today', 'Posted Yesterday', 'Posted 3 Days Ago', 'Posted 30+ Days Ago'];

/** Every 5th posting has several places and shows the "2 Locations" summary the list uses for them. */
export function workdayPosting(i: number): Record<string, unknown> {
  const city = i % 5 === 0 ? 'Bengaluru' : 'Toronto-ON';
  return {
    title: `Platform Engineer ${i}`,
    externalPath: `/job/${city}/Platform-Engineer-${i}_JR-${1000 + i}`,
    locationsText: i % 5 === 0 ? '2 Locations' : 'Toronto, ON',
    postedOn: WORKDAY_POSTED[i % WORKDAY_POSTED.length],
    bulletFields: [`JR-${1000 + i}`],
  };
}

/**
 * One page of a Workday site with `count` postings. Like real tenants, only the first page
 * carries the total (later pages say 0).
 */
export function workdayListPage(count: number, offset: number, limit: number): Record<string, unknown> {
  const end = Math.min(count, offset + limit);
  const postings = Array.from({ length: Math.max(0, end - offset) }, (_, k) => workdayPosting(offset + k));
  return { total: offset === 0 ? count : 0, jobPostings: postings, facets: [] };
}

/** The detail of posting `i`; every 4th ("Posted Today") carries an exact startDate, the others only the relative label. */
export function workdayDetail(i: number, host = WORKDAY_TEST_HOST, site = 'External'): Record<string, unknown> {
  const posting = workdayPosting(i);
  const several = i % 5 === 0;
  return {
    jobPostingInfo: {
      id: `f${i}`,
      title: posting['title'],
      jobDescription: `<p>Run <b>Kubernetes</b> and Go services.</p><p>Pay range: CAD 120,000 - 150,000</p>`,
      location: several ? 'Bengaluru' : 'Toronto, ON',
      ...(several ? { additionalLocations: ['Pune'] } : {}),
      postedOn: posting['postedOn'],
      ...(i % 4 === 0 ? { startDate: new Date(BASE + i * DAY).toISOString().slice(0, 10) } : {}),
      timeType: 'Full time',
      jobReqId: `JR-${1000 + i}`,
      jobPostingId: String(posting['externalPath']).split('/').pop(),
      jobPostingSiteId: site,
      country: { descriptor: several ? 'India' : 'Canada', id: 'c1' },
      remoteType: i % 3 === 0 ? 'Hybrid' : 'On-Site',
      externalUrl: `https://${host}/${site}${String(posting['externalPath'])}`,
      canApply: true,
      posted: true,
    },
    hiringOrganization: { name: 'Acme Corp', url: '' },
    similarJobs: [],
    userAuthenticated: false,
  };
}

export function smartRecruitersPosting(i: number, company = 'AcmeCorp'): Record<string, unknown> {
  const id = String(744000000000000 + i);
  return {
    id,
    name: `Site Reliability Engineer ${i}`,
    uuid: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    jobAdId: `ad-${i}`,
    refNumber: `REF${i}`,
    company: { identifier: company, name: 'Acme Corp' },
    releasedDate: new Date(BASE + i * DAY).toISOString(),
    location: {
      city: i % 2 ? 'Berlin' : 'Bengaluru',
      region: i % 2 ? 'BE' : 'KA',
      country: i % 2 ? 'de' : 'in',
      remote: i % 3 === 1,
      hybrid: i % 3 === 2,
      fullLocation: i % 2 ? 'Berlin, BE, Germany' : 'Bengaluru, KA, India',
    },
    industry: { id: 'it', label: 'Information Technology and Services' },
    department: { id: '9', label: 'Engineering' },
    function: { id: 'information_technology', label: 'Information Technology' },
    typeOfEmployment: { id: 'permanent', label: 'Full-time' },
    experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
    customField: [],
    ref: `https://api.smartrecruiters.com/v1/companies/${company}/postings/${id}`,
    language: { code: 'en', label: 'English' },
  };
}

export function smartRecruitersPage(
  count: number,
  offset: number,
  limit: number,
  company = 'AcmeCorp',
): Record<string, unknown> {
  const end = Math.min(count, offset + limit);
  const content = Array.from({ length: Math.max(0, end - offset) }, (_, k) =>
    smartRecruitersPosting(offset + k, company),
  );
  return { offset, limit, totalFound: count, content };
}

export function smartRecruitersDetail(i: number, company = 'AcmeCorp'): Record<string, unknown> {
  const summary = smartRecruitersPosting(i, company);
  const id = String(summary['id']);
  return {
    ...summary,
    active: true,
    postingUrl: `https://jobs.smartrecruiters.com/${company}/${id}-site-reliability-engineer-${i}`,
    applyUrl: `https://jobs.smartrecruiters.com/${company}/${id}-site-reliability-engineer-${i}?oga=true`,
    referralUrl: `https://jobs.smartrecruiters.com/${company}/${id}-site-reliability-engineer-${i}?trid=x`,
    jobAd: {
      sections: {
        companyDescription: { title: 'Company Description', text: '<p>Acme builds rockets.</p>' },
        jobDescription: { title: 'Job Description', text: '<p>Keep <b>Terraform</b> and Kubernetes healthy.</p>' },
        qualifications: { title: 'Qualifications', text: '<ul><li>5 years of SRE</li></ul>' },
        additionalInformation: { title: 'Additional Information', text: '<p>Relocation support.</p>' },
      },
    },
  };
}

/* Workable widget API and Recruitee offers API (in their real shapes), and careers pages. */

export const WORKABLE_API_HOST = 'apply.workable.com';
export const workableApiPath = (account: string): string => `/api/v1/widget/accounts/${account}`;
export const recruiteeApiHost = (slug: string): string => `${slug}.recruitee.com`;
export const RECRUITEE_API_PATH = '/api/offers/';

/** Posting `i`: odd ones are remote, every third lists a hidden second location. */
export function workableJob(i: number, account = 'acme'): Record<string, unknown> {
  const shortcode = `A1B2C3${String(i).padStart(4, '0')}`;
  return {
    title: `Product Designer ${i}`,
    shortcode,
    code: '',
    employment_type: 'Full-time',
    telecommuting: i % 2 === 1,
    department: 'Design',
    url: `https://apply.workable.com/j/${shortcode}`,
    shortlink: `https://apply.workable.com/j/${shortcode}`,
    application_url: `https://apply.workable.com/j/${shortcode}/apply`,
    published_on: new Date(BASE + i * DAY).toISOString().slice(0, 10),
    created_at: new Date(BASE + (i - 10) * DAY).toISOString().slice(0, 10),
    country: 'India',
    city: 'Pune',
    state: 'Maharashtra',
    education: '',
    experience: 'Mid-Senior level',
    function: 'Design',
    industry: 'Computer Software',
    locations: [
      { country: 'India', countryCode: 'IN', city: 'Pune', region: 'Maharashtra', hidden: false },
      ...(i % 3 === 0
        ? [{ country: 'India', countryCode: 'IN', city: 'Chennai', region: 'Tamil Nadu', hidden: true }]
        : []),
    ],
    description: `<p>Design for ${account}.</p><ul><li>Figma</li></ul>`,
  };
}

export function workableAccount(count: number, account = 'acme'): Record<string, unknown> {
  return {
    name: account.toUpperCase(),
    description: '<p>We make things.</p>',
    jobs: Array.from({ length: count }, (_, i) => workableJob(i, account)),
  };
}

/** Offer `i`, with Recruitee's " UTC" date suffix; even ones carry a salary. */
export function recruiteeOffer(i: number, slug = 'acme'): Record<string, unknown> {
  const at = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  return {
    id: 2700000 + i,
    slug: `data-engineer-${i}`,
    title: `Data Engineer ${i}`,
    status: 'published',
    description: '<p>Build pipelines in <strong>Python</strong>.</p>',
    requirements: '<ul><li>SQL</li><li>Airflow</li></ul>',
    location: 'Amsterdam, North Holland, Netherlands',
    city: 'Amsterdam',
    country: 'Netherlands',
    country_code: 'NL',
    state_name: 'North Holland',
    state_code: 'NH',
    remote: i % 3 === 1,
    hybrid: i % 3 === 2,
    on_site: i % 3 === 0,
    employment_type_code: 'fulltime_permanent',
    department: 'Data',
    careers_url: `https://${slug}.recruitee.com/o/data-engineer-${i}`,
    careers_apply_url: `https://${slug}.recruitee.com/o/data-engineer-${i}/c/new`,
    published_at: at(BASE + i * DAY),
    created_at: at(BASE + (i - 5) * DAY),
    updated_at: at(BASE + (i + 2) * DAY),
    min_hours: 32,
    max_hours: 40,
    salary: i % 2 === 0 ? { min: '60000', max: 75000, currency: 'eur', period: 'year' } : null,
    locations: [
      { id: 1, name: 'HQ', city: 'Amsterdam', state: 'North Holland', country: 'Netherlands', country_code: 'NL' },
    ],
  };
}

export function recruiteeOffers(count: number, slug = 'acme'): Record<string, unknown> {
  return { offers: Array.from({ length: count }, (_, i) => recruiteeOffer(i, slug)) };
}

/** A careers page with the given body, served as text/html. */
export function htmlPage(body: string, head = ''): { body: string; headers: Record<string, string> } {
  return {
    body: `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  };
}

/** A `<script type="application/ld+json">` block. */
export function jsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

export function jobPostingLd(i: number, url?: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: `Site Reliability Engineer ${i}`,
    ...(url ? { url } : {}),
    identifier: { '@type': 'PropertyValue', name: 'Acme', value: `SRE-${i}` },
    datePosted: new Date(BASE + i * DAY).toISOString().slice(0, 10),
    description: '<p>Keep <b>Kubernetes</b> running.</p>',
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Acme' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: 90000, unitText: 'YEAR' },
    },
  };
}
