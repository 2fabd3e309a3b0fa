import { isJobListing, parseSitemalRss, scanJobListing } from './successfactors-feeds';

// Shape of real sitemal.xml items (sampled from careers.teva / careers.icl-group.com in a public test).
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
  <channel>
    <title>Teva Careers</title>
    <ttl>720</ttl>
    <item>
      <title>Senior Data Engineer &amp; Lead (Tel Aviv, IL)</title>
      <description><![CDATA[<div><p>Lead the data platform &amp; more.</p></div>]]></description>
      <link>https://careers.teva/job/Tel-Aviv-Senior-Data-Engineer/1234567/</link>
      <guid>1234567</guid>
      <g:id>1234567</g:id>
      <g:location>Tel Aviv, Israel, 6944020</g:location>
      <g:employer>Teva Pharmaceutical Industries</g:employer>
      <g:expiration_date>2026-06-17</g:expiration_date>
      <g:job_function>Engineering</g:job_function>
    </item>
    <item>
      <title>מהנדס/ת מכונות (Dimona, IL)</title>
      <description>&lt;div&gt;Hebrew job description.&lt;/div&gt;</description>
      <link>https://careers.icl-group.com/job/Dimona-/9876543/</link>
      <g:id>9876543</g:id>
      <g:location>Dimona, IL</g:location>
    </item>
  </channel>
</rss>`;

describe('parseSitemalRss', () => {
  it('reads every item: CDATA as sent, text entity-decoded, g: fields by their prefixed names', () => {
    const feed = parseSitemalRss(RSS);
    expect(feed.isRss).toBe(true);
    expect(feed.items).toEqual([
      {
        title: 'Senior Data Engineer & Lead (Tel Aviv, IL)',
        description: '<div><p>Lead the data platform &amp; more.</p></div>',
        link: 'https://careers.teva/job/Tel-Aviv-Senior-Data-Engineer/1234567/',
        guid: '1234567',
        'g:id': '1234567',
        'g:location': 'Tel Aviv, Israel, 6944020',
        'g:employer': 'Teva Pharmaceutical Industries',
        'g:expiration_date': '2026-06-17',
        'g:job_function': 'Engineering',
      },
      {
        title: 'מהנדס/ת מכונות (Dimona, IL)',
        description: '<div>Hebrew job description.</div>',
        link: 'https://careers.icl-group.com/job/Dimona-/9876543/',
        'g:id': '9876543',
        'g:location': 'Dimona, IL',
      },
    ]);
  });

  it('reads a feed of one item as a list, and ids as strings (leading zeros kept)', () => {
    const one = parseSitemalRss(
      '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel><item><title>Only Job</title><link>https://x.example/job/1</link><g:id>0042</g:id></item></channel></rss>',
    );
    expect(one.items).toEqual([{ title: 'Only Job', link: 'https://x.example/job/1', 'g:id': '0042' }]);
  });

  it('tells an empty feed from a page that is no feed', () => {
    expect(
      parseSitemalRss('<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>'),
    ).toEqual({
      isRss: true,
      items: [],
    });
    expect(parseSitemalRss('<rss version="2.0"></rss>')).toEqual({ isRss: true, items: [] });
    expect(parseSitemalRss('<!DOCTYPE html><html><body>Not found</body></html>').isRss).toBe(false);
    expect(parseSitemalRss('').isRss).toBe(false);
  });

  it('does not expand entities a document declares', () => {
    const feed = parseSitemalRss(
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY boom "BOOMBOOMBOOM">]><rss><channel><item><title>&boom;</title><link>https://x.example/job/1</link></item></channel></rss>',
    );
    expect(feed.items[0]?.title).toBe('&boom;');
  });
});

describe('scanJobListing', () => {
  const LISTING = `<?xml version="1.0"?>
      <Job-Listing><Job>
        <JobTitle>Developer Associate - Cloud ERP</JobTitle>
        <Job-Description><![CDATA[<p>Build cloud software &amp; more.</p>]]></Job-Description>
        <ReqId>456251</ReqId><Posted-Date>08/24/2026</Posted-Date>
        <filter1><label>Work Area</label><value>Software-Design and Development</value></filter1>
        <filter2><label>Career Status</label><value>Graduate</value></filter2>
        <filter3><label>Employment Type</label><value>Regular Full Time</value></filter3>
        <filter4><label>Country</label><value>India</value></filter4>
        <filter5><label>Internal Posting Location</label><value>Bangalore</value></filter5>
        <></>
        <filter6><label>Division</label><value>[[filter6]]</value></filter6>
      </Job>
      <Job><ReqId>9660</ReqId><JobTitle>Channel Manager &amp; Sales</JobTitle><Location>Remote US</Location><Posted-Date>09/23/2026</Posted-Date></Job>
      </Job-Listing>`;

  it('reads each Job element by element, through the non-XML empty tags real feeds carry', () => {
    expect(isJobListing(LISTING)).toBe(true);
    expect(scanJobListing(LISTING)).toEqual([
      {
        reqId: '456251',
        title: 'Developer Associate - Cloud ERP',
        descriptionHtml: '<p>Build cloud software &amp; more.</p>',
        postedDate: '08/24/2026',
        location: undefined,
        facets: [
          { label: 'work area', value: 'Software-Design and Development' },
          { label: 'career status', value: 'Graduate' },
          { label: 'employment type', value: 'Regular Full Time' },
          { label: 'country', value: 'India' },
          { label: 'internal posting location', value: 'Bangalore' },
        ],
      },
      {
        reqId: '9660',
        title: 'Channel Manager & Sales',
        descriptionHtml: undefined,
        postedDate: '09/23/2026',
        location: 'Remote US',
        facets: [],
      },
    ]);
  });

  it('knows the page a wrong company id answers is no Job-Listing', () => {
    expect(isJobListing('<html><title>Career Opportunities</title></html>')).toBe(false);
    expect(isJobListing('<?xml version="1.0"?><Job-Listing/>')).toBe(true);
    expect(scanJobListing('<?xml version="1.0"?><Job-Listing></Job-Listing>')).toEqual([]);
  });
});
