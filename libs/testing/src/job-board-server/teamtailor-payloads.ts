// Teamtailor answers in the shape of its public RSS feed (support.teamtailor.com "jobs.rss"; the
// fields [CL] teamtailor.py reads, and public feed excerpts), for tests and benchmarks.
import { DAY } from './board-payloads';
import { escapeXml } from './xml-text';

/** A company's board host: `{slug}.teamtailor.com`, or `{slug}.na.teamtailor.com` in North America. */
export function teamtailorHost(slug = 'acme', region?: 'na'): string {
  return region ? `${slug}.${region}.teamtailor.com` : `${slug}.teamtailor.com`;
}

export const TEAMTAILOR_RSS_PATH = '/jobs.rss';

/** Friday 27 February 2026, 19:59:48 at UTC+1, as one public feed excerpt dates its item. */
const PUBLISHED = Date.parse('2026-02-27T18:59:48Z');
const REMOTE_STATUS = ['none', 'fully', 'hybrid', 'temporary'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 2822 at UTC+1, the way a Stockholm board writes pubDate. */
function rfc2822(ms: number): string {
  const d = new Date(ms + 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0100`;
}

/**
 * Item `i`. remoteStatus cycles none/fully/hybrid/temporary; odd items have their description in
 * CDATA, even ones entity-escaped; every 5th has two locations; posted one day apart backwards.
 */
export function teamtailorItem(i: number, host = teamtailorHost()): string {
  const id = 7308188 + i;
  const html = `<p>Drive growth &amp; renewals in <b>Stockholm</b>.</p><ul><li>SaaS</li></ul>`;
  const description = i % 2 ? `<![CDATA[${html}]]>` : escapeXml(html);
  const second =
    i % 5 === 0 ? '<tt:location><tt:name>Remote</tt:name><tt:country>Sweden</tt:country></tt:location>' : '';
  return `
    <item>
      <title>Account Manager ${i}, Mid-Market</title>
      <description>${description}</description>
      <pubDate>${rfc2822(PUBLISHED - i * DAY)}</pubDate>
      <link>https://${host}/jobs/${id}-account-manager-${i}-mid-market</link>
      <remoteStatus>${REMOTE_STATUS[i % REMOTE_STATUS.length]}</remoteStatus>
      <guid isPermaLink="false">679cc864-7629-4b8f-a5d4-${String(i).padStart(12, '0')}</guid>
      <tt:locations>
        <tt:location>
          <tt:name>Stockholm HQ</tt:name>
          <tt:address>Sveavägen 1</tt:address>
          <tt:zip>111 57</tt:zip>
          <tt:city>Stockholm</tt:city>
          <tt:country>Sweden</tt:country>
        </tt:location>${second}
      </tt:locations>
      <tt:department>Revenue</tt:department>
      <tt:role>Account Management</tt:role>
      <tt:division/>
    </item>`;
}

/** The `jobs.rss` answer holding items `from` to `to - 1` (an empty channel when from >= to). */
export function teamtailorFeed(to: number, from = 0, host = teamtailorHost()): string {
  const items = Array.from({ length: Math.max(0, to - from) }, (_, k) => teamtailorItem(from + k, host)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:tt="https://teamtailor.com/locations">
  <channel>
    <title>Acme</title>
    <description>Current Job Openings</description>
    <link>https://${host}/jobs</link>${items}
  </channel>
</rss>
`;
}

/** Page `page` (1-based) of a board with `total` jobs, `perPage` a page, as `?per_page=&page=` asks. */
export function teamtailorPage(total: number, page: number, perPage: number, host = teamtailorHost()): string {
  const from = (page - 1) * perPage;
  return teamtailorFeed(Math.min(total, from + perPage), from, host);
}
