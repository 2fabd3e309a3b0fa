import { parsePersonioFeed } from './personio.feed';
import { mapPersonioPositions, mapPersonioSearchJobs } from './personio.mapper';

const target = { company: '1KOMMA5°', board: '1komma5grad' };
const host = '1komma5grad.jobs.personio.de';
const fetchedAt = '2026-10-21T00:00:00.000Z';

/** A feed around the measured 1KOMMA5° excerpt (docs/ats-feeds.md §1) and the documented fields. */
function feed(positions: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>${positions}</workzag-jobs>`;
}

const EXCERPT = `<position>
    <id>2800938</id>
    <subcompany>1KOMMA5° GmbH</subcompany>
    <office>Berlin</office>
    <additionalOffices><office>Berlin (Remote)</office></additionalOffices>
    <department>Marketing</department>
    <recruitingCategory>1K5° Holding Marketing</recruitingCategory>
    <name>Performance Marketing Manager (all genders)</name>
    <jobDescriptions>
        <jobDescription>
            <name>Your role &amp; team</name>
            <value>
                <![CDATA[<ul><li>Own the &amp; budget</li></ul>]]>
            </value>
        </jobDescription>
        <jobDescription>
            <name>Why us?</name>
            <value><![CDATA[<p>Salary range: €60.000 - €75.000 per year.</p>]]></value>
        </jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <seniority>experienced</seniority>
    <schedule>full-time</schedule>
    <yearsOfExperience>5-7</yearsOfExperience>
    <createdAt>2026-09-01T18:22:28+00:00</createdAt>
</position>`;

function mapFeed(xml: string) {
  const parsed = parsePersonioFeed(xml, `${host}/xml`);
  if (parsed.kind !== 'feed') throw new Error('expected a feed');
  return mapPersonioPositions(parsed.positions, target, host, fetchedAt);
}

describe('Personio XML feed mapping', () => {
  it('maps a position: createdAt exact, offices as places, sections as one description, no salary', () => {
    const { jobs, skipped } = mapFeed(feed(EXCERPT));
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'personio',
      company: '1KOMMA5°',
      board: '1komma5grad',
      externalId: '2800938',
      title: 'Performance Marketing Manager (all genders)',
      url: 'https://1komma5grad.jobs.personio.de/job/2800938?language=en',
      locations: ['Berlin', 'Berlin (Remote)'],
      workplace: undefined,
      descriptionHtml:
        '<h3>Your role &amp; team</h3>\n<ul><li>Own the &amp; budget</li></ul>\n<h3>Why us?</h3>\n<p>Salary range: €60.000 - €75.000 per year.</p>',
      department: 'Marketing',
      employmentType: 'permanent, full-time',
      postedAt: '2026-09-01T18:22:28.000Z',
      dateSource: 'exact',
      fetchedAt,
    });
    // A salary written in the text is the text's: the feed has no salary field.
    expect(jobs[0]?.salary).toBeUndefined();
  });

  it('is remote only when every office says so', () => {
    const { jobs } = mapFeed(
      feed(
        [
          '<position><id>1</id><name>A</name><office>Remote</office></position>',
          '<position><id>2</id><name>B</name><office>Hamburg (Remote)</office><additionalOffices><office>Remote</office></additionalOffices></position>',
          '<position><id>3</id><name>C</name><office>Munich</office><additionalOffices><office>Remote</office></additionalOffices></position>',
          '<position><id>4</id><name>D</name><office>Munich</office></position>',
          '<position><id>5</id><name>E</name></position>',
        ].join(''),
      ),
    );
    expect(jobs.map((j) => [j.externalId, j.workplace, j.locations])).toEqual([
      ['1', 'remote', ['Remote']],
      ['2', 'remote', ['Hamburg (Remote)', 'Remote']],
      ['3', undefined, ['Munich', 'Remote']],
      ['4', undefined, ['Munich']],
      ['5', undefined, []],
    ]);
  });

  it('reads an additional office written directly inside <additionalOffices>, and older offset dates', () => {
    const { jobs } = mapFeed(
      feed(
        '<position><id>2659296</id><office>Remote</office><additionalOffices>Münster</additionalOffices><name>Country Manager Spain (m/w/d)</name><createdAt>2016-05-31T12:14:07+0200</createdAt></position>',
      ),
    );
    expect(jobs[0]).toMatchObject({
      locations: ['Remote', 'Münster'],
      workplace: undefined,
      postedAt: '2016-05-31T10:14:07.000Z',
      dateSource: 'exact',
    });
  });

  it('decodes escapes in plain fields once and keeps the older unwrapped description blocks', () => {
    const { jobs } = mapFeed(
      feed(
        '<position><id>7</id><name>Sales &amp; Ops &#8211; Lead &amp;lt;EU&amp;gt;</name><department>Sales &amp; Account Management</department><jobDescription><name>Tasks</name><value><![CDATA[<p>Sell</p>]]></value></jobDescription></position>',
      ),
    );
    expect(jobs[0]).toMatchObject({
      title: 'Sales & Ops – Lead &lt;EU&gt;',
      department: 'Sales & Account Management',
      descriptionHtml: '<h3>Tasks</h3>\n<p>Sell</p>',
    });
  });

  it('leaves a missing or unreadable date unknown, and missing fields unset', () => {
    const { jobs } = mapFeed(
      feed(
        '<position><id>8</id><name>A</name><createdAt>soon</createdAt><jobDescriptions></jobDescriptions></position><position><id>9</id><name>B</name></position>',
      ),
    );
    expect(jobs[0]).toMatchObject({ postedAt: null, dateSource: 'unknown', descriptionHtml: undefined });
    expect(jobs[1]).toMatchObject({
      postedAt: null,
      dateSource: 'unknown',
      department: undefined,
      employmentType: undefined,
      locations: [],
    });
  });

  it('counts positions without an id or a title as invalid, and reads an empty board as no jobs', () => {
    const { jobs, skipped } = mapFeed(
      feed('<position><name>No id</name></position><position><id>3</id><name> </name></position>' + EXCERPT),
    );
    expect(jobs.map((j) => j.externalId)).toEqual(['2800938']);
    expect(skipped).toEqual({ invalid: 2 });
    expect(mapFeed('<workzag-jobs></workzag-jobs>').jobs).toEqual([]);
    expect(mapFeed('<?xml version="1.0"?><workzag-jobs/>').jobs).toEqual([]);
  });
});

describe('Personio feed parsing', () => {
  it('tells a web page from a feed, and refuses other documents and entity declarations', () => {
    expect(parsePersonioFeed('<!DOCTYPE html><html><body>Page not found</body></html>', 'x/xml')).toEqual({
      kind: 'page',
    });
    expect(parsePersonioFeed('<html lang="de"><body></body></html>', 'x/xml')).toEqual({ kind: 'page' });
    expect(() => parsePersonioFeed('<rss><channel/></rss>', 'x/xml')).toThrow(
      expect.objectContaining({ code: 'BOARD_MALFORMED' }),
    );
    expect(() =>
      parsePersonioFeed('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workzag-jobs/>', 'x/xml'),
    ).toThrow(expect.objectContaining({ code: 'BOARD_MALFORMED' }));
  });
});

describe('Personio search.json mapping (feed off)', () => {
  it('maps the list: offices from `offices`, no description when it is empty, no date when none is given', () => {
    const { jobs, skipped } = mapPersonioSearchJobs(
      [
        {
          id: 2578538,
          name: 'Senior Product Manager',
          seniority: 'Experienced',
          keywords: 'Payments,B2C',
          description: '',
          office: 'Berlin,Remote',
          offices: ['Berlin', 'Remote'],
          department: 'Product',
          employment_type: 'permanent',
          schedule: 'full-time',
        },
        { id: 2, name: 'Remote only', office: 'Remote' },
        { id: 1, name: '' },
      ],
      target,
      host,
      fetchedAt,
    );
    expect(skipped).toEqual({ invalid: 1 });
    expect(jobs[0]).toEqual({
      ats: 'personio',
      company: '1KOMMA5°',
      board: '1komma5grad',
      externalId: '2578538',
      title: 'Senior Product Manager',
      url: 'https://1komma5grad.jobs.personio.de/job/2578538?language=en',
      locations: ['Berlin', 'Remote'],
      workplace: undefined,
      descriptionHtml: undefined,
      department: 'Product',
      employmentType: 'permanent, full-time',
      postedAt: null,
      dateSource: 'unknown',
      fetchedAt,
    });
    expect(jobs[1]).toMatchObject({ locations: ['Remote'], workplace: 'remote' });
  });
});
