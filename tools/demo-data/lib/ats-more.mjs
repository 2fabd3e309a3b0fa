// Renders job specs for the boards added in issue 14 (Personio, Teamtailor, BambooHR, Zoho
// Recruit, Keka, Rippling, Oracle Recruiting Cloud, SAP SuccessFactors, Gem) in each one's public
// answer shape (docs/ats-feeds.md and the payload excerpts it cites), and lays a board's answers
// out as snapshot files (contract §4: DIR/{host}/{path}.json, the body as the server sends it,
// XML and HTML included). Unlike Greenhouse/Lever/Ashby, a board here may be several files: a
// list and one detail per job, a careers page and its jobs, or pages of 25.
import { buildSections, escapeHtml, sectionsHtml, sectionsPlain } from './text.mjs';
import { salaryText } from './salary.mjs';
import { FAMILIES } from './roles.mjs';
import { isoWithOffset } from './ats.mjs';

const DAY = 86400000;

const publishedMs = (spec, ctx) =>
  ctx.refMs - spec.days * DAY - ctx.rng.int(600, 8 * 3600) * 1000 - ctx.rng.int(0, 999);
const department = (spec) => spec.department ?? FAMILIES[spec.family].department;
const sections = (spec, company, ctx) => buildSections(spec, company, spec.places[0]?.place ?? null, ctx.rng);
const slugOf = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const cdata = (html) => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const xml = (s) => escapeHtml(String(s)).replace(/'/g, '&apos;');
const isRemote = (p) => p.place.kind === 'remote';
/** A board-local id that no other job of the market has (boards with short ids draw them at random). */
function uniqueId(ctx, make) {
  ctx.usedIds ??= new Set();
  for (;;) {
    const id = make();
    if (!ctx.usedIds.has(String(id))) {
      ctx.usedIds.add(String(id));
      return id;
    }
  }
}
/** A place as the city a board prints, or the board's remote wording. */
const cityOrLabel = (p) => (isRemote(p) ? p.label : p.place.city);

// ---------------------------------------------------------------- Personio (XML, one document)

const PERSONIO_EMPLOYMENT = {
  'full-time': 'permanent',
  'part-time': 'permanent',
  contract: 'temporary',
  intern: 'intern',
};
const PERSONIO_SENIORITY = {
  intern: 'student',
  junior: 'entry-level',
  mid: 'experienced',
  senior: 'experienced',
  staff: 'experienced',
  principal: 'executive',
  director: 'executive',
};
const PERSONIO_YEARS = {
  intern: 'lt-1',
  junior: '1-2',
  mid: '2-5',
  senior: '5-7',
  staff: '7-10',
  principal: '10-15',
  director: '10-15',
};

function personioJob(spec, company, ctx) {
  const id = ctx.nextId();
  const sec = sections(spec, company, ctx);
  const [first, ...rest] = spec.places;
  const descriptions = [
    {
      name: `Über ${company.name} / About us`,
      value: sectionsHtml(sec, { includeLists: false, includeClosing: false }),
    },
    ...sec.lists.map((l) => ({
      name: l.heading,
      value: `<ul>${l.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`,
    })),
    { name: 'What we offer', value: sectionsHtml(sec, { includeIntro: false, includeLists: false }) },
  ];
  const fields = [
    ['id', id],
    ['subcompany', `${company.name} GmbH`],
    ['office', first ? cityOrLabel(first) : null],
  ];
  const lines = fields.filter(([, v]) => v !== null).map(([k, v]) => `    <${k}>${xml(v)}</${k}>`);
  if (rest.length)
    lines.push(
      `    <additionalOffices>${rest.map((p) => `<office>${xml(cityOrLabel(p))}</office>`).join('')}</additionalOffices>`,
    );
  lines.push(
    `    <department>${xml(department(spec))}</department>`,
    `    <recruitingCategory>${xml(department(spec))}</recruitingCategory>`,
    `    <name>${xml(spec.title)}</name>`,
    '    <jobDescriptions>',
    ...descriptions.map(
      (d) =>
        `      <jobDescription>\n        <name>${xml(d.name)}</name>\n        <value>${cdata(d.value)}</value>\n      </jobDescription>`,
    ),
    '    </jobDescriptions>',
    `    <employmentType>${PERSONIO_EMPLOYMENT[spec.type]}</employmentType>`,
    `    <seniority>${PERSONIO_SENIORITY[spec.seniority]}</seniority>`,
    `    <schedule>${spec.type === 'part-time' ? 'part-time' : 'full-time'}</schedule>`,
    `    <yearsOfExperience>${PERSONIO_YEARS[spec.seniority]}</yearsOfExperience>`,
    `    <occupation>${FAMILIES[spec.family].department === 'Engineering' ? 'software_and_web_development' : 'other'}</occupation>`,
    `    <occupationCategory>${FAMILIES[spec.family].department === 'Engineering' ? 'it_software' : 'other'}</occupationCategory>`,
    `    <createdAt>${isoWithOffset(publishedMs(spec, ctx), company.tz)}</createdAt>`,
  );
  return { id, xml: `  <position>\n${lines.join('\n')}\n  </position>` };
}

function personioFiles(company, jobs) {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>\n${jobs.map((j) => j.xml).join('\n')}\n</workzag-jobs>\n`;
  return [{ path: `${company.board}.jobs.personio.de/xml.json`, body }];
}

// ---------------------------------------------------------------- Teamtailor (RSS 2.0)

const TT_REMOTE = { remote: 'fully', hybrid: 'hybrid', onsite: 'none', unspecified: 'none' };
const RFC2822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC2822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 2822 in a fixed UTC offset, e.g. "Fri, 20 Mar 2026 09:30:04 +0100". */
export function rfc2822(ms, offsetMin) {
  const d = new Date(ms + offsetMin * 60000);
  const two = (n) => String(n).padStart(2, '0');
  const abs = Math.abs(offsetMin);
  const zone = `${offsetMin < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
  return `${RFC2822_DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${RFC2822_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${zone}`;
}

function teamtailorJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = ctx.nextId();
  const sec = sections(spec, company, ctx);
  const link = `https://${company.board}.teamtailor.com/jobs/${id}-${slugOf(spec.title)}`;
  const locations = spec.places.map((p) =>
    isRemote(p)
      ? `<tt:location><tt:name>${xml(p.label)}</tt:name></tt:location>`
      : `<tt:location><tt:name>${xml(`${p.place.city} office`)}</tt:name><tt:city>${xml(p.place.city)}</tt:city><tt:country>${xml(p.place.country)}</tt:country></tt:location>`,
  );
  const item = [
    '    <item>',
    `      <title>${xml(spec.title)}</title>`,
    `      <description>${xml(sectionsHtml(sec))}</description>`,
    `      <pubDate>${rfc2822(publishedMs(spec, ctx), company.tz)}</pubDate>`,
    `      <link>${xml(link)}</link>`,
    `      <guid isPermaLink="false">${rng.uuid()}</guid>`,
    `      <remoteStatus>${TT_REMOTE[spec.work]}</remoteStatus>`,
    `      <tt:department>${xml(department(spec))}</tt:department>`,
    `      <tt:role>${xml(sec.team)}</tt:role>`,
    `      <tt:locations>${locations.join('')}</tt:locations>`,
    '    </item>',
  ];
  return { id, link, xml: item.join('\n') };
}

function teamtailorFiles(company, jobs) {
  const home = `https://${company.board}.teamtailor.com`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:tt="https://teamtailor.com/locations">',
    '  <channel>',
    `    <title>${xml(company.name)} - Jobs</title>`,
    `    <link>${home}/jobs</link>`,
    `    <description>Open positions at ${xml(company.name)}</description>`,
    ...jobs.map((j) => j.xml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return [{ path: `${company.board}.teamtailor.com/jobs.rss.json`, body }];
}

// ---------------------------------------------------------------- BambooHR (list + detail JSON)

const BAMBOO_STATUS = { 'full-time': 'Full-Time', 'part-time': 'Part-Time', contract: 'Contractor', intern: 'Intern' };
const BAMBOO_TYPE = { onsite: '0', remote: '1', hybrid: '2', unspecified: '0' };
const US_STATES = { Colorado: 'CO', Illinois: 'IL', California: 'CA', 'New York': 'NY', Washington: 'WA', Texas: 'TX' };

function bamboohrJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = String(uniqueId(ctx, () => rng.int(20, 400)));
  const sec = sections(spec, company, ctx);
  const first = spec.places[0];
  const remote = spec.work === 'remote';
  const city = first && !isRemote(first) ? first.place.city : null;
  const state = first && !isRemote(first) ? first.place.region : null;
  const country = first ? (first.place.country ?? (first.place.cc === 'US' ? 'United States' : null)) : null;
  const atsLocation = { country, state, province: null, city };
  const common = {
    departmentId: String(20000 + ctx.deptId(company, department(spec))),
    departmentLabel: department(spec),
    employmentStatusLabel: BAMBOO_STATUS[spec.type],
  };
  const list = {
    id,
    jobOpeningName: spec.title,
    ...common,
    location: { city, state },
    atsLocation,
    isRemote: remote,
    locationType: BAMBOO_TYPE[spec.work],
  };
  const detail = {
    result: {
      jobOpening: {
        jobOpeningShareUrl: `https://${company.board}.bamboohr.com/careers/${id}`,
        jobOpeningName: spec.title,
        ...common,
        jobOpeningStatus: 'Open',
        location: { city, state, postalCode: null, addressCountry: country },
        atsLocation,
        isRemote: remote,
        locationType: BAMBOO_TYPE[spec.work],
        description: sectionsHtml(sec),
        datePosted: new Date(publishedMs(spec, ctx)).toISOString().slice(0, 10),
        compensation: spec.salary && !spec.salary.hidden ? `${salaryText(spec.salary, 0)} per year` : null,
      },
    },
  };
  return { id, list, detail };
}

function bamboohrFiles(company, jobs) {
  const host = `${company.board}.bamboohr.com`;
  return [
    {
      path: `${host}/careers/list.json`,
      body: JSON.stringify({ meta: { totalCount: jobs.length }, result: jobs.map((j) => j.list) }),
    },
    ...jobs.map((j) => ({ path: `${host}/careers/${j.id}/detail.json`, body: JSON.stringify(j.detail) })),
  ];
}

// ---------------------------------------------------------------- Zoho Recruit (one JSON)

const ZOHO_TYPE = { 'full-time': 'Full time', 'part-time': 'Part time', contract: 'Contract', intern: 'Internship' };
const ZOHO_EXPERIENCE = {
  intern: 'Fresher',
  junior: '1-3 years',
  mid: '1-3 years',
  senior: '4-5 years',
  staff: '5+ years',
  principal: '5+ years',
  director: '5+ years',
};
const mmddyyyy = (ms, offsetMin) => {
  const d = new Date(ms + offsetMin * 60000);
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

function zohorecruitJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = uniqueId(ctx, () => `${rng.int(5, 9)}${rng.int(100000, 999999)}000${rng.int(100000000, 999999999)}`);
  const sec = sections(spec, company, ctx);
  const first = spec.places[0];
  const city = first && !isRemote(first) ? first.place.city : null;
  const slug = spec.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    id,
    row: {
      id,
      Posting_Title: spec.title,
      Job_Opening_Name: spec.title,
      City: city,
      State: first && !isRemote(first) ? first.place.region : null,
      Country: first ? (first.place.country ?? 'India') : null,
      Job_Type: ZOHO_TYPE[spec.type],
      Work_Experience: ZOHO_EXPERIENCE[spec.seniority],
      Required_Skills: sec.skills.join(', ') || null,
      Date_Opened: mmddyyyy(publishedMs(spec, ctx), company.tz),
      Remote_Job: spec.work === 'remote',
      Job_Description: sectionsHtml(sec),
      Industry: 'IT Services',
      Publish: !spec.unlisted,
      $url: `https://${company.board}.zohorecruit.in/jobs/Careers/${id}/${slug}?source=CareerSite`,
    },
  };
}

function zohorecruitFiles(company, jobs) {
  return [
    {
      path: `${company.board}.zohorecruit.in/recruit/v2/public/Job_Openings.json`,
      body: JSON.stringify({ code: 'success', data: jobs.map((j) => j.row) }),
    },
  ];
}

// ---------------------------------------------------------------- Keka (careers page + one JSON array)

const KEKA_JOB_TYPE = { 'full-time': 2, 'part-time': 1, contract: 2, intern: 2 };
const KEKA_EXPERIENCE = {
  intern: '0 - 1 Years',
  junior: '1 - 3 Years',
  mid: '3 - 5 Years',
  senior: '5 - 8 Years',
  staff: '8 - 12 Years',
  principal: '10 - 15 Years',
  director: '12 - 18 Years',
};

function kekaJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = uniqueId(ctx, () => rng.int(100000, 999999));
  const sec = sections(spec, company, ctx);
  const published = publishedMs(spec, ctx);
  return {
    id,
    row: {
      id,
      title: spec.title,
      description: sectionsHtml(sec),
      jobLocations: spec.places.map((p) => ({
        name: `${p.place.city} Office`,
        city: p.place.city,
        state: p.place.region,
        countryName: p.place.country,
        countryCode: p.place.cc,
      })),
      publishedOn: new Date(published).toISOString(),
      jobType: KEKA_JOB_TYPE[spec.type],
      experience: KEKA_EXPERIENCE[spec.seniority],
      departmentName: department(spec),
      // The range as the company filled it in (salaryPeriod 4 = a year), and Keka's display text, which
      // counts in lakh; "" when no range is shown.
      ...(spec.salary && !spec.salary.hidden && spec.salary.cur === 'INR'
        ? {
            salaryRange: {
              minimum: spec.salary.min,
              maximum: spec.salary.max,
              currency: 'INR',
              salaryPeriod: 4,
              cultureInfo: 'en-IN',
            },
            salaryRangeFormat: `INR ${(spec.salary.min / 100000).toFixed(2)} - ${(spec.salary.max / 100000).toFixed(2)}`,
          }
        : { salaryRangeFormat: '' }),
      jobNumber: `JOB-${rng.int(100, 999)}`,
      skillNames: sec.skills,
      publishedSinceDays: Math.floor((ctx.refMs - published) / DAY),
    },
  };
}

function kekaFiles(company, jobs) {
  const host = `${company.board}.keka.com`;
  const page = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '  <meta charset="utf-8">',
    `  <title>Careers at ${xml(company.name)}</title>`,
    '</head>',
    '<body>',
    `  <h1>Careers at ${xml(company.name)}</h1>`,
    '  <div id="khembedjobs"></div>',
    `  <script src="https://${host}/careers/api/embedjobs/js/${company.portal}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return [
    { path: `${host}/careers.json`, body: page },
    {
      path: `${host}/careers/api/embedjobs/default/active/${company.portal}.json`,
      body: JSON.stringify(jobs.map((j) => j.row)),
    },
  ];
}

// ---------------------------------------------------------------- Rippling (list rows per location + detail)

const RIPPLING_TYPE = {
  'full-time': { label: 'SALARIED_FT', id: 'Salaried, full-time' },
  'part-time': { label: 'HOURLY_PT', id: 'Hourly, part-time' },
  contract: { label: 'CONTRACTOR', id: 'Contractor' },
  intern: { label: 'INTERN', id: 'Intern' },
};
const ripplingLocation = (p) =>
  isRemote(p) ? p.label : `${p.place.city}, ${US_STATES[p.place.region] ?? p.place.region}`;

function ripplingJob(spec, company, ctx) {
  const { rng } = ctx;
  const uuid = rng.uuid();
  const sec = sections(spec, company, ctx);
  const url = `https://ats.rippling.com/${company.board}/jobs/${uuid}`;
  const dept = { id: `dept-${ctx.deptId(company, department(spec))}`, label: department(spec) };
  const locations = spec.places.map((p) => ({ id: `loc-${ctx.deptId(company, p.key)}`, label: ripplingLocation(p) }));
  return {
    uuid,
    rows: locations.map((workLocation) => ({ uuid, name: spec.title, department: dept, url, workLocation })),
    detail: {
      uuid,
      name: spec.title,
      url,
      department: dept,
      description: {
        company: `<p>${escapeHtml(company.blurb)}</p>`,
        role: sectionsHtml({ ...sec, intro: sec.intro.slice(1) }),
      },
      employmentType: RIPPLING_TYPE[spec.type],
      createdOn: new Date(publishedMs(spec, ctx)).toISOString(),
      workLocations: locations.map((l) => l.label),
      // One band per location when the company shows pay (most jobs send an empty list).
      payRangeDetails:
        spec.salary && !spec.salary.hidden
          ? spec.places.map((p) => ({
              location: ripplingLocation(p),
              currency: spec.salary.cur,
              frequency: 'YEAR',
              rangeStart: spec.salary.min,
              rangeEnd: spec.salary.max,
              isRemote: isRemote(p),
            }))
          : [],
    },
  };
}

function ripplingFiles(company, jobs) {
  const base = `api.rippling.com/platform/api/ats/v1/board/${company.board}/jobs`;
  return [
    { path: `${base}.json`, body: JSON.stringify(jobs.flatMap((j) => j.rows)) },
    ...jobs.map((j) => ({ path: `${base}/${j.uuid}.json`, body: JSON.stringify(j.detail) })),
  ];
}

// ---------------------------------------------------------------- Oracle Recruiting Cloud (pages of 25 + detail)

const ORACLE_WORKPLACE = {
  remote: ['ORA_REMOTE', 'Remote'],
  hybrid: ['ORA_HYBRID', 'Hybrid'],
  onsite: ['ORA_ON_SITE', 'On-site'],
  unspecified: [null, null],
};
const CA_PROVINCES = { Ontario: 'ON', Quebec: 'QC', 'British Columbia': 'BC' };
const oracleLocation = (p) =>
  isRemote(p)
    ? p.label
    : `${p.place.city}, ${CA_PROVINCES[p.place.region] ?? US_STATES[p.place.region] ?? p.place.region}, ${p.place.country}`;
export const ORACLE_PAGE = 25;

function oracleJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = String(uniqueId(ctx, () => rng.int(10000, 99999)));
  const sec = sections(spec, company, ctx);
  const published = publishedMs(spec, ctx);
  const [first, ...rest] = spec.places;
  const [code, label] = ORACLE_WORKPLACE[spec.work];
  const requisition = {
    Id: id,
    Title: spec.title,
    PostedDate: new Date(published).toISOString().slice(0, 10),
    PrimaryLocation: first ? oracleLocation(first) : null,
    PrimaryLocationCountry: first?.place.cc ?? null,
    WorkplaceTypeCode: code,
    WorkplaceType: label,
    ShortDescriptionStr: sec.intro[1],
    JobFamily: department(spec),
    JobSchedule: spec.type === 'part-time' ? 'Part time' : 'Full time',
    WorkerType: spec.type === 'contract' ? 'Contingent Worker' : spec.type === 'intern' ? 'Intern' : 'Employee',
    secondaryLocations: rest.map((p) => ({ Name: oracleLocation(p), CountryCode: p.place.cc ?? null })),
  };
  const detail = {
    items: [
      {
        ...requisition,
        Category: department(spec),
        ExternalPostedStartDate: isoWithOffset(published, 0),
        ExternalDescriptionStr: sectionsHtml(sec, { includeLists: false, includeClosing: false }),
        ExternalResponsibilitiesStr: sectionsHtml(
          { ...sec, lists: sec.lists.slice(0, 1) },
          {
            includeIntro: false,
            includeClosing: false,
          },
        ),
        ExternalQualificationsStr: sectionsHtml(
          { ...sec, lists: sec.lists.slice(1) },
          {
            includeIntro: false,
            includeClosing: false,
          },
        ),
        CorporateDescriptionStr: `<p>${escapeHtml(company.blurb)}</p>`,
      },
    ],
  };
  return { id, requisition, detail };
}

function oracleFiles(company, jobs) {
  const base = `${company.host}/hcmRestApi/resources/latest`;
  const files = [];
  for (let offset = 0; offset === 0 || offset < jobs.length; offset += ORACLE_PAGE) {
    const page = jobs.slice(offset, offset + ORACLE_PAGE);
    files.push({
      path: `${base}/recruitingCEJobRequisitions/${company.site}/offset-${offset}.json`,
      body: JSON.stringify({
        items: [
          {
            SiteNumber: company.site,
            Offset: offset,
            Limit: ORACLE_PAGE,
            TotalJobsCount: jobs.length,
            requisitionList: page.map((j) => j.requisition),
          },
        ],
        count: 1,
        hasMore: false,
        limit: ORACLE_PAGE,
        offset: 0,
      }),
    });
  }
  for (const j of jobs)
    files.push({
      path: `${base}/recruitingCEJobRequisitionDetails/${company.site}/${j.id}.json`,
      body: JSON.stringify(j.detail),
    });
  return files;
}

// ---------------------------------------------------------------- SAP SuccessFactors (sitemal.xml RSS)

const NL_PROVINCES = { 'South Holland': 'ZH', 'North Holland': 'NH', 'North Brabant': 'NB' };

function successfactorsJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = String(uniqueId(ctx, () => rng.int(1000000000, 1199999999)));
  const sec = sections(spec, company, ctx);
  const p = spec.places[0];
  const where = p ? `${p.place.city}, ${NL_PROVINCES[p.place.region] ?? p.place.region}, ${p.place.cc}` : null;
  const code = rng.int(1000, 9999);
  const path = `${p ? `${p.place.city}-` : ''}${spec.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${code}`;
  const link = `https://${company.board}/job/${path}/${id}/`;
  const item = [
    '    <item>',
    `      <title>${xml(where ? `${spec.title} (${where})` : spec.title)}</title>`,
    `      <link>${xml(link)}</link>`,
    `      <description>${xml(sectionsHtml(sec))}</description>`,
    `      <g:id>${id}</g:id>`,
    ...(where ? [`      <g:location>${xml(where)}</g:location>`] : []),
    `      <g:employer>${xml(company.name)}</g:employer>`,
    `      <g:job_function>${xml(department(spec))}</g:job_function>`,
    '    </item>',
  ];
  return { id, link, xml: item.join('\n') };
}

function successfactorsFiles(company, jobs) {
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
    '  <channel>',
    `    <title>${xml(company.name)} Careers</title>`,
    `    <link>https://${company.board}/</link>`,
    `    <description>Jobs at ${xml(company.name)}</description>`,
    ...jobs.map((j) => j.xml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return [{ path: `${company.board}/sitemal.xml.json`, body }];
}

// ---------------------------------------------------------------- Gem (bare array, Greenhouse-like)

const GEM_LOCATION_TYPE = { remote: 'remote', hybrid: 'hybrid', onsite: 'in_office', unspecified: null };
const GEM_EMPLOYMENT = { 'full-time': 'full_time', 'part-time': 'part_time', contract: 'contract', intern: 'intern' };

function gemJob(spec, company, ctx) {
  const { rng } = ctx;
  const id = Buffer.from(`jobpost:${rng.uuid()}`).toString('base64url');
  const sec = sections(spec, company, ctx);
  const published = publishedMs(spec, ctx);
  const updated = Math.min(published + rng.int(0, Math.min(spec.days, 10) * 24) * 3600000, ctx.refMs - 3600000);
  const labels = spec.places.map((p) => p.label);
  const sec2 = { ...sec };
  if (spec.salary && !spec.salary.hidden)
    sec2.salaryLine = `The base salary range for this role is ${salaryText(spec.salary, 0)}, plus equity.`;
  return {
    id,
    title: spec.title,
    absolute_url: `https://jobs.gem.com/${company.board}/${id}`,
    content: sectionsHtml(sec2),
    content_plain: sectionsPlain(sec2),
    first_published_at: new Date(published).toISOString(),
    updated_at: new Date(updated).toISOString(),
    location_type: GEM_LOCATION_TYPE[spec.work],
    employment_type: GEM_EMPLOYMENT[spec.type],
    requisition_id: rng.chance(0.5) ? `REQ-${rng.int(100, 999)}` : null,
    location: { name: labels.join('; ') },
    offices: spec.places.map((p) => ({ name: cityOrLabel(p), location: { name: p.label } })),
    departments: [{ id: String(30000 + ctx.deptId(company, department(spec))), name: department(spec) }],
  };
}

function gemFiles(company, jobs) {
  return [{ path: `api.gem.com/job_board/v0/${company.board}/job_posts.json`, body: JSON.stringify(jobs) }];
}

/** Renders a job spec for each added board (the rendered record is what its files are made of). */
export const MORE_RENDER = {
  personio: personioJob,
  teamtailor: teamtailorJob,
  bamboohr: bamboohrJob,
  zohorecruit: zohorecruitJob,
  keka: kekaJob,
  rippling: ripplingJob,
  oracle: oracleJob,
  successfactors: successfactorsJob,
  gem: gemJob,
};

const FILES = {
  personio: personioFiles,
  teamtailor: teamtailorFiles,
  bamboohr: bamboohrFiles,
  zohorecruit: zohorecruitFiles,
  keka: kekaFiles,
  rippling: ripplingFiles,
  oracle: oracleFiles,
  successfactors: successfactorsFiles,
  gem: gemFiles,
};

/** An added board's snapshot files: `{ path, body }` with path relative to the snapshot directory. */
export function moreBoardFiles(company, jobs) {
  const files = FILES[company.ats];
  if (!files) throw new Error(`no snapshot layout for ${company.ats}`);
  return files(company, jobs);
}
