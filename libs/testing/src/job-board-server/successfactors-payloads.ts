// SAP SuccessFactors answers in the shapes public clients quote: the RMK `sitemal.xml` RSS (sampled
// from careers.teva / careers.icl-group.com in a public test), the hosted page's Job-Listing XML
// (`<Job><JobTitle/><Job-Description/><ReqId/><Posted-Date/><filterN><label/><value/></filterN>`) and
// the Career Site Builder search JSON (`{jobSearchResult:[{response:{…}}], totalJobs}`, 10 a page).
import { BASE, DAY } from './board-payloads';
import { escapeXml } from './xml-text';

export const SUCCESSFACTORS_TEST_HOST = 'jobs.acme.example';
export const SUCCESSFACTORS_LEGACY_HOST = 'career5.successfactors.eu';
export const SUCCESSFACTORS_LEGACY_COMPANY = 'AcmeP';

export const successFactorsPath = {
  sitemal: '/sitemal.xml',
  search: '/search/',
  csb: '/services/recruiting/v1/jobs',
  legacy: '/career',
};

export const SUCCESSFACTORS_RSS_HEADERS = { 'content-type': 'application/rss+xml; charset=UTF-8' };
export const SUCCESSFACTORS_HTML_HEADERS = { 'content-type': 'text/html; charset=UTF-8' };

export function successFactorsRssId(i: number): string {
  return String(1234500 + i);
}

/**
 * Item `i` of a `sitemal.xml`: most titles carry "(City, CC)", every 4th is a German "(m/w/d)" title
 * with no place; every 5th has a pubDate (most feeds have none).
 */
export function successFactorsRssItem(i: number, host = SUCCESSFACTORS_TEST_HOST): string {
  const id = successFactorsRssId(i);
  const german = i % 4 === 3;
  const title = german ? `Prozessingenieur ${i} (m/w/d)` : `Process Engineer ${i} & Lead (Tel Aviv, IL)`;
  const city = german ? 'Muenchen' : 'Tel-Aviv';
  return [
    '    <item>',
    `      <title>${escapeXml(title)}</title>`,
    `      <description><![CDATA[<div><p>Run the <b>SAP S/4HANA</b> plant ${i}.</p></div>]]></description>`,
    `      <link>https://${host}/job/${city}-Process-Engineer-${i}/${id}/</link>`,
    `      <guid>${id}</guid>`,
    `      <g:id>${id}</g:id>`,
    german
      ? '      <g:location>München, DE, 80331</g:location>'
      : '      <g:location>Tel Aviv, Israel, 6944020</g:location>',
    '      <g:employer>Acme Industries</g:employer>',
    `      <g:expiration_date>${new Date(BASE + (i + 60) * DAY).toISOString().slice(0, 10)}</g:expiration_date>`,
    '      <g:job_function>Engineering</g:job_function>',
    ...(i % 5 === 0 ? [`      <pubDate>${new Date(BASE + i * DAY).toUTCString()}</pubDate>`] : []),
    '    </item>',
  ].join('\n');
}

export function successFactorsRss(count: number, host = SUCCESSFACTORS_TEST_HOST): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
    '  <channel>',
    '    <title>Acme Careers</title>',
    '    <ttl>720</ttl>',
    ...Array.from({ length: count }, (_, i) => successFactorsRssItem(i, host)),
    '  </channel>',
    '</rss>',
  ].join('\n');
}

/** `<Posted-Date>` as MM/DD/YYYY (the documented spelling). */
function monthFirst(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

/** Job `i` of a hosted page's Job-Listing; odd ones are hybrid; each has an unconfigured `<>` facet as real feeds do. */
export function successFactorsLegacyJob(i: number): string {
  return [
    '<Job>',
    `<JobTitle>Controller ${i} &amp; Planning</JobTitle>`,
    `<Job-Description><![CDATA[<p>Close the books &amp; plan ${i}.</p>]]></Job-Description>`,
    `<ReqId>${45600 + i}</ReqId>`,
    `<Posted-Date>${monthFirst(BASE + i * DAY)}</Posted-Date>`,
    '<filter1><label>Work Area</label><value>Finance</value></filter1>',
    '<filter2><label>Employment Type</label><value>Regular Full Time</value></filter2>',
    `<filter3><label>Location Flexibility</label><value>${i % 2 ? 'Hybrid' : 'On-site'}</value></filter3>`,
    '<filter4><label>Country</label><value>India</value></filter4>',
    '<mfield1><label>Location</label><value>Bangalore, IN</value></mfield1>',
    '<></>',
    '<filter5><label>Department</label><value>[[filter5]]</value></filter5>',
    '</Job>',
  ].join('');
}

export function successFactorsJobListing(count: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Job-Listing>${Array.from({ length: count }, (_, i) =>
    successFactorsLegacyJob(i),
  ).join('\n')}</Job-Listing>`;
}

/** What a hosted page answers (200) for a company id it does not know. */
export const SUCCESSFACTORS_UNKNOWN_COMPANY_PAGE =
  '<!DOCTYPE html><html><head><title>Career Opportunities</title></head><body>Error</body></html>';

/** A Career Site Builder `/search/` page whose language switcher offers `locales`. */
export function successFactorsSearchPage(locales: readonly string[]): string {
  const links = locales
    .map((l) => `<a href="/search/?q=&amp;startrow=0&amp;locale=${l}" lang="${l.slice(0, 2)}">${l}</a>`)
    .join('\n');
  return `<!DOCTYPE html><html><head><script>$.ajaxSetup({headers: {"X-CSRF-Token": "t"}});</script></head><body>${links}</body></html>`;
}

/** CSB row `id`; `date` is the unifiedStandardStart in the query locale's short format. */
export function successFactorsCsbRow(id: number, locale: string, date: string): Record<string, unknown> {
  return {
    response: {
      id: String(id),
      unifiedStandardTitle: `Mechatronics Engineer ${id}`,
      unifiedUrlTitle: `Mechatronics-Engineer-${id}`,
      unifiedStandardStart: date,
      jobLocationShort: ['Karlovy Vary, CZE, 36004<br/>'],
      supportedLocales: [locale],
    },
  };
}

/**
 * Page `pageNumber` of the CSB search in one locale, listing ids `firstId`…`firstId + count - 1`;
 * past the last page the rows are left out (some sites answer only the total then).
 */
export function successFactorsCsbPage(
  count: number,
  firstId: number,
  locale: string,
  pageNumber: number,
  date = locale === 'en_US' ? '6/18/26' : '18.06.26',
): Record<string, unknown> {
  const start = pageNumber * 10;
  const end = Math.min(count, start + 10);
  if (start >= count) return { totalJobs: count };
  return {
    jobSearchResult: Array.from({ length: end - start }, (_, k) =>
      successFactorsCsbRow(firstId + start + k, locale, date),
    ),
    totalJobs: count,
  };
}
