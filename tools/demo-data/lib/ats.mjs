// Renders one job spec in each ATS's real public-API response shape.
import { buildSections, closingHtml, closingPlain, escapeHtml, sectionsHtml, sectionsPlain } from './text.mjs';
import { compactSalary, salaryText } from './salary.mjs';
import { FAMILIES } from './roles.mjs';

const DAY = 86400000;

/** ISO-8601 in a fixed UTC offset (minutes), the way Greenhouse prints times. */
export function isoWithOffset(ms, offsetMin) {
  const local = new Date(ms + offsetMin * 60000).toISOString().slice(0, 19);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const publishedMs = (spec, ctx) =>
  ctx.refMs - spec.days * DAY - ctx.rng.int(600, 8 * 3600) * 1000 - ctx.rng.int(0, 999);
const labels = (spec) => spec.places.map((p) => p.label);

function sections(spec, company, ctx, withSalaryText) {
  const sec = buildSections(spec, company, spec.places[0]?.place ?? null, ctx.rng);
  if (withSalaryText && spec.salary && !spec.salary.hidden) {
    const lead = ctx.rng.pick(['Salary range', 'Base salary range', 'Compensation']);
    sec.salaryLine = `${lead}: ${salaryText(spec.salary, ctx.rng.int(0, 1))}${spec.salary.cur === 'INR' ? ' fixed, plus ESOPs' : ' plus equity'}.`;
  }
  return sec;
}

const COMMITMENT = { 'full-time': 'Full-time', contract: 'Contract', intern: 'Intern', 'part-time': 'Part-time' };

export function greenhouseJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = ctx.nextId();
  const sec = sections(spec, company, ctx, true);
  const published = publishedMs(spec, ctx);
  const updated = spec.refreshed
    ? ctx.refMs - 1.5 * DAY
    : Math.min(published + rng.int(0, Math.min(spec.days, 10) * 24) * 3600000, ctx.refMs - 3600000);
  const metadata = rng.chance(0.35)
    ? null
    : [
        {
          id: 4100000 + ctx.deptId(company, 'meta-type'),
          name: 'Employment Type',
          value: COMMITMENT[spec.type],
          value_type: 'single_select',
        },
        ...(rng.chance(0.5)
          ? [
              {
                id: 4100000 + ctx.deptId(company, 'meta-remote'),
                name: 'Workplace',
                value: { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site', unspecified: null }[spec.work],
                value_type: 'single_select',
              },
            ]
          : []),
      ];
  const department = spec.department ?? FAMILIES[spec.family].department;
  return {
    absolute_url: company.customJobUrl
      ? `${company.customJobUrl}${id}`
      : `https://job-boards.greenhouse.io/${company.board}/jobs/${id}`,
    data_compliance: [
      {
        type: 'gdpr',
        requires_consent: false,
        requires_processing_consent: false,
        requires_retention_consent: false,
        retention_period: null,
        demographic_data_consent_applies: false,
      },
    ],
    internal_job_id: id - 1300000 - rng.int(0, 9999),
    location: { name: labels(spec).join('; ') },
    metadata,
    id,
    updated_at: isoWithOffset(updated, company.tz),
    requisition_id: rng.chance(0.6) ? `REQ-${rng.int(1000, 9999)}` : null,
    title: spec.title,
    company_name: company.name,
    first_published: isoWithOffset(published, company.tz),
    language: 'en',
    content: escapeHtml(sectionsHtml(sec)),
    departments: [{ id: 4020000 + ctx.deptId(company, department), name: department, child_ids: [], parent_id: null }],
    offices: spec.places.map((p) => ({
      id: 4030000 + ctx.deptId(company, p.key),
      name: p.place.kind === 'remote' ? p.label : p.place.city,
      location: p.label,
      child_ids: [],
      parent_id: null,
    })),
  };
}

export function leverJob(spec, company, ctx) {
  const id = ctx.rng.uuid();
  const sec = sections(spec, company, ctx, false);
  const first = spec.places[0]?.place;
  const hostedUrl = `https://jobs.lever.co/${company.board}/${id}`;
  const categories = {
    commitment: COMMITMENT[spec.type],
    department: spec.department ?? FAMILIES[spec.family].department,
    team: sec.team,
    allLocations: labels(spec),
  };
  if (first) categories.location = spec.places[0].label;
  const job = {
    additional: closingHtml(sec, '', (t) => `<div><b>${escapeHtml(t)}</b></div>`),
    additionalPlain: closingPlain(sec),
    categories,
    createdAt: publishedMs(spec, ctx),
    descriptionPlain: sec.intro.join('\n\n'),
    description: sec.intro.map((s) => `<div>${escapeHtml(s)}</div>`).join('<div><br></div>'),
    id,
    lists: sec.lists.map((l) => ({
      text: l.heading,
      content: l.items.map((i) => `<li>${escapeHtml(i)}</li>`).join(''),
    })),
    text: spec.title,
    country: first ? (first.cc ?? null) : null,
    workplaceType: spec.work,
    hostedUrl,
    applyUrl: `${hostedUrl}/apply`,
  };
  if (spec.salary && !spec.salary.hidden)
    job.salaryRange = {
      min: spec.salary.min,
      max: spec.salary.max,
      currency: spec.salary.cur,
      interval: 'per-year-salary',
    };
  return job;
}

const ASHBY_STYLE = 'min-height:1.5em';
const EMPLOYMENT = { 'full-time': 'FullTime', contract: 'Contract', intern: 'Intern', 'part-time': 'PartTime' };
const WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'OnSite', unspecified: null };

function ashbyAddress(p) {
  if (!p) return null;
  if (p.kind === 'remote')
    return p.scope === 'IN'
      ? { postalAddress: { addressCountry: 'India' } }
      : p.scope === 'US'
        ? { postalAddress: { addressCountry: 'United States' } }
        : { postalAddress: {} };
  return { postalAddress: { addressRegion: p.region, addressCountry: p.country, addressLocality: p.city } };
}

function ashbyCompensation(salary, rng) {
  const empty = {
    compensationTierSummary: null,
    scrapeableCompensationSalarySummary: null,
    compensationTiers: [],
    summaryComponents: [],
  };
  if (!salary || salary.hidden) return empty;
  const s = compactSalary(salary);
  const component = {
    compensationType: 'Salary',
    interval: '1 YEAR',
    currencyCode: salary.cur,
    minValue: salary.min,
    maxValue: salary.max,
  };
  const equity = {
    compensationType: 'EquityPercentage',
    interval: 'NONE',
    currencyCode: null,
    minValue: null,
    maxValue: null,
  };
  const withEquity = rng.chance(0.5);
  const summary = withEquity ? `${s.dash} • Offers Equity` : s.dash;
  const comps = withEquity ? [component, equity] : [component];
  return {
    compensationTierSummary: summary,
    scrapeableCompensationSalarySummary: s.hyphen,
    compensationTiers: [
      {
        id: rng.uuid(),
        tierSummary: summary,
        title: null,
        additionalInformation: null,
        components: comps.map((c) => ({ id: rng.uuid(), summary: c === equity ? 'Offers Equity' : s.dash, ...c })),
      },
    ],
    summaryComponents: comps,
  };
}

export function ashbyJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = rng.uuid();
  const sec = sections(spec, company, ctx, false);
  const [first, ...rest] = spec.places;
  const isRemote = spec.work === 'remote';
  const jobUrl = `https://jobs.ashbyhq.com/${encodeURIComponent(company.board)}/${id}`;
  const compensation = ashbyCompensation(spec.salary, rng);
  return {
    id,
    title: spec.title,
    department: spec.department ?? FAMILIES[spec.family].department,
    team: sec.team,
    employmentType: EMPLOYMENT[spec.type],
    location: first ? first.label : '',
    shouldDisplayCompensationOnJobPostings: compensation.compensationTiers.length > 0,
    secondaryLocations: rest.map((p) => ({ location: p.label, address: ashbyAddress(p.place) })),
    publishedAt: new Date(publishedMs(spec, ctx)).toISOString().replace('Z', '+00:00'),
    isListed: !spec.unlisted,
    isRemote: spec.contradict ? !isRemote : isRemote,
    workplaceType: WORKPLACE[spec.work],
    address: ashbyAddress(first?.place ?? null),
    jobUrl,
    applyUrl: `${jobUrl}/application`,
    descriptionHtml: sectionsHtml(sec, { pStyle: ASHBY_STYLE }),
    descriptionPlain: sectionsPlain(sec),
    compensation,
  };
}
