import { parseTeamtailorFeed } from './teamtailor.feed';
import { mapTeamtailorItems } from './teamtailor.mapper';

const target = { company: 'Example Inc', board: 'example' };
const fetchedAt = '2026-03-01T00:00:00.000Z';

function rss(items: string, ns = 'xmlns:tt="https://teamtailor.com/locations"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${ns}><channel><title>Example Inc</title><link>https://example.teamtailor.com/jobs</link>${items}</channel></rss>`;
}

/** A public feed excerpt's item (Account Manager, New York), with optional fields replaced. */
function item(fields: Record<string, string> = {}): string {
  const f = {
    title: 'Account Manager, Mid-Market',
    description: '&lt;p&gt;Drive growth &amp;amp; renewals.&lt;/p&gt;',
    pubDate: 'Fri, 27 Feb 2026 19:59:48 +0100',
    link: 'https://example.teamtailor.com/jobs/7308188-account-manager',
    remoteStatus: 'hybrid',
    guid: '679cc864-7629-4b8f-a5d4-6f9ebeccfaad',
    locations:
      '<tt:location><tt:name>New York</tt:name><tt:city>New York</tt:city><tt:country>United States</tt:country></tt:location>',
    department: 'Revenue',
    ...fields,
  };
  return `<item><title>${f.title}</title><description>${f.description}</description><pubDate>${f.pubDate}</pubDate><link>${f.link}</link><remoteStatus>${f.remoteStatus}</remoteStatus><guid isPermaLink="false">${f.guid}</guid><tt:locations>${f.locations}</tt:locations><tt:department>${f.department}</tt:department><tt:role>Sales</tt:role></item>`;
}

function map(xml: string) {
  const feed = parseTeamtailorFeed(xml, 'example.teamtailor.com/jobs.rss');
  return mapTeamtailorItems(feed.items, feed.prefix, target, fetchedAt);
}

describe('Teamtailor RSS mapping', () => {
  it('maps an item: pubDate exact, link as the job page and its id, HTML decoded once, no salary', () => {
    const { jobs, skipped } = map(rss(item()));
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'teamtailor',
      company: 'Example Inc',
      board: 'example',
      externalId: '7308188',
      title: 'Account Manager, Mid-Market',
      url: 'https://example.teamtailor.com/jobs/7308188-account-manager',
      locations: ['New York, United States'],
      workplace: 'hybrid',
      descriptionHtml: '<p>Drive growth &amp; renewals.</p>',
      department: 'Revenue',
      postedAt: '2026-02-27T18:59:48.000Z',
      dateSource: 'exact',
      fetchedAt,
    });
  });

  it('reads remoteStatus: fully remote, hybrid, none on-site, temporary and missing unset', () => {
    const statuses = ['fully', 'hybrid', 'none', 'temporary', 'FULLY', ''];
    const { jobs } = map(
      rss(
        statuses
          .map((s, i) => item({ remoteStatus: s, link: `https://example.teamtailor.com/jobs/${i + 1}-x` }))
          .join(''),
      ),
    );
    expect(jobs.map((j) => j.workplace)).toEqual(['remote', 'hybrid', 'onsite', undefined, 'remote', undefined]);
  });

  it('keeps a CDATA description as written', () => {
    const { jobs } = map(rss(item({ description: '<![CDATA[<p>Python &amp; SQL</p>]]>' })));
    expect(jobs[0]?.descriptionHtml).toBe('<p>Python &amp; SQL</p>');
  });

  it('lists every location: city and country, else the label; a remote label keeps its country', () => {
    const { jobs } = map(
      rss(
        item({
          locations: [
            '<tt:location><tt:name>Madrid HQ</tt:name><tt:address>Calle 1</tt:address><tt:zip>28001</tt:zip><tt:city>Madrid</tt:city><tt:country>Spain</tt:country></tt:location>',
            '<tt:location><tt:name>Remote</tt:name></tt:location>',
            '<tt:location><tt:name>Remote</tt:name><tt:country>Sweden</tt:country></tt:location>',
            '<tt:location><tt:city>Madrid</tt:city><tt:country>Spain</tt:country></tt:location>',
          ].join(''),
        }),
      ),
    );
    expect(jobs[0]?.locations).toEqual(['Madrid, Spain', 'Remote', 'Remote (Sweden)']);
  });

  it('reads the Teamtailor fields under whatever prefix the feed binds their namespace to', () => {
    const other = item().replace(/tt:/g, 'x:');
    const { jobs } = map(rss(other, 'xmlns:x="https://teamtailor.com/locations"'));
    expect(jobs[0]).toMatchObject({ department: 'Revenue', locations: ['New York, United States'] });
  });

  it('falls back to the guid for a link without an id, and leaves missing fields unset', () => {
    const { jobs } = map(
      rss(
        '<item><title>Head of Marketing</title><description/><pubDate>not a date</pubDate><link>https://careers.example.ae/jobs/head-of-marketing</link><guid>abc-1</guid></item>',
      ),
    );
    expect(jobs[0]).toMatchObject({
      externalId: 'abc-1',
      url: 'https://careers.example.ae/jobs/head-of-marketing',
      locations: [],
      workplace: undefined,
      descriptionHtml: undefined,
      department: undefined,
      postedAt: null,
      dateSource: 'unknown',
    });
  });

  it('counts items without a title or a web link as invalid, and an empty channel as no jobs', () => {
    const { jobs, skipped } = map(
      rss(
        item({ title: ' ' }) +
          item({ link: 'javascript:alert(1)' }) +
          item({ link: '' }) +
          item({ link: 'https://example.teamtailor.com/jobs/9-x' }),
      ),
    );
    expect(jobs.map((j) => j.externalId)).toEqual(['9']);
    expect(skipped).toEqual({ invalid: 3 });
    expect(map(rss('')).jobs).toEqual([]);
    expect(map('<rss version="2.0"><channel/></rss>').jobs).toEqual([]);
  });
});

describe('Teamtailor feed parsing', () => {
  it('a web page is no board, another document or an entity declaration is malformed', () => {
    expect(() => parseTeamtailorFeed('<!DOCTYPE html><html><body>Not found</body></html>', 'x/jobs.rss')).toThrow(
      expect.objectContaining({ code: 'BOARD_NOT_FOUND' }),
    );
    expect(() => parseTeamtailorFeed('<workzag-jobs/>', 'x/jobs.rss')).toThrow(
      expect.objectContaining({ code: 'BOARD_MALFORMED' }),
    );
    expect(() =>
      parseTeamtailorFeed('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "a">]><rss><channel/></rss>', 'x/jobs.rss'),
    ).toThrow(expect.objectContaining({ code: 'BOARD_MALFORMED' }));
  });
});
