// Zoho Recruit career-site answers, in the shape of the research notes and cited public clients:
// GET https://{host}/recruit/v2/public/Job_Openings?pagename=…&source=CareerSite&extra_fields=[…]
// → {code:"success", data:[…]}, and the careers page https://{host}/jobs/{page} that embeds the same
// records entity-encoded in <input id="jobs" value="…">.
import { BASE, DAY } from './board-payloads';

export const ZOHO_TEST_HOST = 'acme.zohorecruit.in';
export const ZOHO_API_PATH = '/recruit/v2/public/Job_Openings';
export const zohoCareersPath = (page = 'Careers'): string => `/jobs/${page}`;

const CITIES: Array<[string, string, string]> = [
  ['Chennai', 'Tamil Nadu', 'India'],
  ['Bengaluru', 'Karnataka', 'India'],
  ['Frisco', 'Texas', 'United States'],
];

/** "MM/DD/YYYY", the Date_Opened form in the notes and cited payloads. */
function usDay(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

/** Opening `i`: every second one is remote; ids are long numeric strings like Zoho's. */
export function zohoJobOpening(i: number, host = ZOHO_TEST_HOST, page = 'Careers'): Record<string, unknown> {
  const id = `66857200002100${String(i).padStart(4, '0')}`;
  const title = `Java Developer ${i}`;
  const [city, state, country] = CITIES[i % CITIES.length] as [string, string, string];
  return {
    id,
    Posting_Title: title,
    Job_Opening_Name: title,
    City: city,
    State: state,
    Country: country,
    Job_Type: 'Full time',
    Work_Experience: '3-5 years',
    Required_Skills: 'Java, Spring Boot',
    Date_Opened: usDay(BASE + i * DAY),
    Remote_Job: i % 2 === 1,
    Job_Description: '<p>Build <b>Spring Boot</b> services &amp; APIs.</p>',
    Industry: 'IT Services',
    Publish: true,
    $url: `https://${host}/jobs/${page}/${id}/Java-Developer-${i}?source=CareerSite`,
  };
}

export function zohoJobOpenings(count: number, host = ZOHO_TEST_HOST, page = 'Careers'): Record<string, unknown> {
  return { code: 'success', data: Array.from({ length: count }, (_, i) => zohoJobOpening(i, host, page)) };
}

/** The careers page, its list entity-encoded in the hidden input the way HTML attributes are. */
export function zohoCareersPage(count: number, host = ZOHO_TEST_HOST, page = 'Careers'): string {
  const list = JSON.stringify(Array.from({ length: count }, (_, i) => zohoJobOpening(i, host, page)));
  const encoded = list.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    '<!DOCTYPE html><html><head><title>Jobs at Careers</title>',
    `<meta property="og:url" content="https://${host}/jobs/${page}"></head>`,
    '<body><h2>Current Openings</h2>',
    '<input type="hidden" id="pageJson" value="{}">',
    `<input type="hidden" id="jobs" value="${encoded}">`,
    '</body></html>',
  ].join('\n');
}
