// Keka careers portal answers, in the shape of a recorded public answer (sayu320/ats_scraper
// data/output_kekahr.json) and cited careers-page excerpts: GET https://{tenant}.keka.com/careers
// (HTML naming the portal UUID), then GET /careers/api/embedjobs/{portal}/active/{uuid} (one array).
import { BASE, DAY } from './board-payloads';

export const KEKA_TEST_HOST = 'acme.keka.com';
export const KEKA_TEST_UUID = 'db770a22-93d1-46f6-af73-c35e960ea796';
export const kekaCareersPath = (portal?: string): string => (portal ? `/careers/${portal}` : '/careers');
export const kekaJobsPath = (uuid = KEKA_TEST_UUID, portal = 'default'): string =>
  `/careers/api/embedjobs/${portal}/active/${uuid}`;

/** The careers page: an app shell that loads the portal document under /ats/documents/{uuid}/careerportal/. */
export function kekaCareersPage(uuid = KEKA_TEST_UUID): string {
  return [
    '<!DOCTYPE html><html><head><title>Careers</title></head><body>',
    '<div id="khembedjobs"></div>',
    `<script>fetch('/ats/documents/${uuid}/careerportal/e0df.html').then((r) => r.text())</script>`,
    '</body></html>',
  ].join('\n');
}

const PLACES = [
  { city: 'Chennai', state: 'TN', countryCode: 'IN', countryName: 'India' },
  { city: 'Bengaluru', state: 'Karnataka', countryCode: 'IN', countryName: 'India' },
  { name: 'Remote', city: 'Remote', state: '', countryCode: 'IN', countryName: 'India' },
];

/** Job `i`: every third one shows an annual INR range; the others leave it blank (salaryPeriod 0). */
export function kekaJob(i: number): Record<string, unknown> {
  const shown = i % 3 === 0;
  return {
    id: 107000 + i,
    title: `Backend Engineer ${i}`,
    description: '<div><strong>Role:</strong> Java &amp; Spring Boot services.</div>',
    departmentId: 88500,
    departmentName: 'Engineering',
    jobLocations: [{ id: 3200 + i, ...PLACES[i % PLACES.length] }],
    jobType: 2,
    experience: '3 - 5 years',
    salaryRange: shown
      ? { minimum: 1200000, maximum: 1800000, currency: 'INR', salaryPeriod: 4, cultureInfo: 'en-IN' }
      : { currency: 'INR', salaryPeriod: 0, cultureInfo: 'en-IN' },
    salaryRangeFormat: shown ? 'INR 12,00,000.00 - 18,00,000.00' : '',
    publishedOn: new Date(BASE + i * DAY).toISOString(),
    publishedSinceDays: 10 + i,
    jobNumber: String(1100 + i),
    skillNames: ['Java'],
  };
}

export function kekaJobs(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => kekaJob(i));
}
