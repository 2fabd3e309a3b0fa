// Oracle Recruiting Cloud (Candidate Experience REST) answers in the shape public clients cite
// (Girish-Garg/jobdekho fixtures trimmed from live TI/Honeywell boards, complete-labs/ats-scrapers
// oracle.py, santifer/career-ops oraclecloud.mjs): list in items[0].requisitionList, total in
// items[0].TotalJobsCount, detail in items[0].
import { BASE, DAY } from './board-payloads';

export const ORACLE_TEST_HOST = 'eeho.fa.us2.oraclecloud.com';
export const ORACLE_TEST_SITE = 'CX_1';

export const oracleApiPath = {
  list: '/hcmRestApi/resources/latest/recruitingCEJobRequisitions',
  detail: '/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails',
};

const WORKPLACE_CODES = ['ORA_ON_SITE', 'ORA_REMOTE', 'ORA_HYBRID', null] as const;

export function oracleRequisitionId(i: number): string {
  return String(25000100 + i);
}

/** Row `i` of a list page: every 3rd has a second place, every 4th no workplace code. */
export function oracleRequisition(i: number): Record<string, unknown> {
  const india = i % 2 === 0;
  return {
    Id: oracleRequisitionId(i),
    Title: `Database Engineer ${i}`,
    PostedDate: new Date(BASE + i * DAY).toISOString().slice(0, 10),
    PostingEndDate: null,
    Language: 'US',
    PrimaryLocationCountry: india ? 'IN' : 'US',
    GeographyId: 300000000000484,
    HotJobFlag: false,
    WorkplaceTypeCode: WORKPLACE_CODES[i % 4] ?? null,
    JobFamily: 'Software Engineering',
    WorkerType: null,
    ContractType: null,
    JobSchedule: null,
    ShortDescriptionStr: `Keep Oracle Database ${i} fast.`,
    PrimaryLocation: india ? 'Bengaluru, Karnataka, India' : 'Austin, TX, United States',
    TrendingFlag: false,
    WorkplaceType: '',
    secondaryLocations:
      i % 3 === 0
        ? [
            {
              RequisitionLocationId: 300000000000076,
              GeographyNodeId: 300000000000854,
              GeographyId: 100000000000781,
              Name: 'Hyderabad, Telangana, India',
              CountryCode: 'IN',
              Latitude: 17.38405,
              Longitude: 78.45636,
            },
          ]
        : [],
  };
}

/** One list page (the finder's offset and limit) of a site with `count` requisitions. */
export function oracleListPage(count: number, offset: number, limit: number): Record<string, unknown> {
  const end = Math.min(count, offset + limit);
  return {
    items: [
      {
        SearchId: 1,
        Keyword: null,
        Offset: offset,
        Limit: limit,
        SortBy: 'POSTING_DATES_DESC',
        TotalJobsCount: count,
        SiteNumber: ORACLE_TEST_SITE,
        requisitionList: Array.from({ length: Math.max(0, end - offset) }, (_, k) => oracleRequisition(offset + k)),
      },
    ],
    count: 1,
    hasMore: false,
    limit,
    offset: 0,
  };
}

/** The detail of requisition `i`, with its full description sections and exact posting time. */
export function oracleDetail(i: number): Record<string, unknown> {
  const row = oracleRequisition(i);
  return {
    items: [
      {
        Id: row['Id'],
        Title: row['Title'],
        Category: 'Engineering - Product Dev',
        RequisitionType: 'Experienced (Standard - Professional)',
        RequisitionId: 300000000000174 + i,
        ExternalPostedStartDate: new Date(BASE + i * DAY + 3_600_000).toISOString().replace('.000Z', '+00:00'),
        ExternalPostedEndDate: null,
        JobSchedule: 'Full time',
        ExternalDescriptionStr: `<p>Run <strong>Oracle Database</strong> ${i} for the cloud.</p>`,
        CorporateDescriptionStr: '<div><b>Why Acme?</b></div>',
        OrganizationDescriptionStr: 'Acme does not make hiring decisions based on citizenship.',
        ShortDescriptionStr: row['ShortDescriptionStr'],
        ContentLocale: 'en',
        PrimaryLocation: row['PrimaryLocation'],
        PrimaryLocationCountry: row['PrimaryLocationCountry'],
        ExternalQualificationsStr: '<ul><li>5 years of SQL</li></ul>',
        InternalQualificationsStr: '<p>Internal only</p>',
        ExternalResponsibilitiesStr: '<ul><li>Own the backups</li></ul>',
        WorkplaceTypeCode: row['WorkplaceTypeCode'],
        WorkplaceType: '',
        JobFunction: 'Software Engineering',
        secondaryLocations: row['secondaryLocations'],
        workLocation: [],
        skills: [],
      },
    ],
    count: 1,
    hasMore: false,
    limit: 25,
    offset: 0,
  };
}

/** The finder's `key=value` pairs (`findReqs;siteNumber=CX_1,limit=25,…`), as the server reads them. */
export function oracleFinder(query: string): Record<string, string> {
  const raw = new URLSearchParams(query).get('finder') ?? '';
  const [, rest = ''] = raw.split(';');
  return Object.fromEntries(
    rest
      .split(',')
      .filter((p) => p.includes('='))
      .map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq), p.slice(eq + 1).replace(/^"|"$/g, '')];
      }),
  );
}
