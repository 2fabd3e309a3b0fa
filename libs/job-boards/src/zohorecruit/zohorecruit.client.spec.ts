import { detectBoard } from '../job-board.registry';
import { ZohoRecruitClient, embeddedOpenings } from './zohorecruit.client';

describe('Zoho Recruit detection', () => {
  it.each([
    ['https://indiumsoft.zohorecruit.com/jobs/Careers', 'indiumsoft.zohorecruit.com|Careers'],
    ['https://indiumsoft.zohorecruit.com/jobs/Careers/', 'indiumsoft.zohorecruit.com|Careers'],
    [
      'https://indiumsoft.zohorecruit.com/jobs/Careers/668572000032196049/AWS-DevOps-Engineer?source=CareerSite',
      'indiumsoft.zohorecruit.com|Careers',
    ],
    ['https://globals.zohorecruit.in/jobs/Careers', 'globals.zohorecruit.in|Careers'],
    [
      'https://bmgh.zohorecruit.eu/jobs/UN1QUELY/36808000002674001/Identity-and-Access-Management-Engineer?source=CareerSite',
      'bmgh.zohorecruit.eu|UN1QUELY',
    ],
    ['https://Acme.ZohoRecruit.EU/jobs/Jobs-Portal', 'acme.zohorecruit.eu|Jobs-Portal'],
    ['https://acme.zohorecruit.com.au/jobs/Careers', 'acme.zohorecruit.com.au|Careers'],
    ['https://acme.zohorecruit.jp/', 'acme.zohorecruit.jp'],
    ['acme.zohorecruit.in', 'acme.zohorecruit.in'],
    [
      'https://wissen.zohorecruit.in/recruit/v2/public/Job_Openings?pagename=Careers&source=CareerSite',
      'wissen.zohorecruit.in|Careers',
    ],
    ['https://wissen.zohorecruit.in/recruit/v2/public/Job_Openings', 'wissen.zohorecruit.in'],
  ])('%s → zohorecruit/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'zohorecruit', board });
  });

  it.each([
    ['https://www.zohorecruit.com/jobs/Careers'],
    ['https://zohorecruit.com/'],
    ['https://recruit.zoho.com/recruit/v2/public/Job_Openings'],
    ['https://www.zoho.com/recruit/'],
    ['https://help.zohorecruit.com/'],
    ['https://acme.zohorecruit.cn/jobs/Careers'],
    ['https://acme.zohorecruit.in.evil.example/jobs/Careers'],
    ['https://a.b.zohorecruit.com/jobs/Careers'],
  ])('%s is no Zoho Recruit board', (url) => {
    expect(new ZohoRecruitClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://acme.evilzohorecruit.com/jobs/Careers'],
    ['https://acmezohorecruit.com/jobs/Careers'],
    ['https://evil-zohorecruit.com/jobs/Careers'],
    ['https://acme.zohorecruit.com.evil.example/jobs/Careers'],
    ['https://acme.zohorecruit.eu.evil.example/jobs/Careers'],
  ])('%s only looks like Zoho Recruit (its host is another domain): no Zoho Recruit board', (url) => {
    expect(new ZohoRecruitClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('zohorecruit');
  });

  it('points the careers-page reader at the career site, and at nothing for a malformed board', () => {
    const client = new ZohoRecruitClient();
    expect(client.careersPage({ company: 'A', board: 'acme.zohorecruit.in' })).toBe(
      'https://acme.zohorecruit.in/jobs/Careers',
    );
    expect(client.careersPage({ company: 'A', board: 'acme.zohorecruit.eu|Jobs-Portal' })).toBe(
      'https://acme.zohorecruit.eu/jobs/Jobs-Portal',
    );
    expect(client.careersPage({ company: 'A', board: 'acme' })).toBeNull();
  });
});

describe('the list a Zoho careers page embeds', () => {
  it('reads the entity-encoded JSON of <input id="jobs">, even with ">" inside the value', () => {
    const html = `<input type="hidden" id="pageJson" value="{}"><input type="hidden" id="jobs" value="[{&quot;id&quot;:&quot;1&quot;,&quot;Job_Description&quot;:&quot;<p>a &amp;amp; b</p>&quot;}]">`;
    expect(embeddedOpenings(html)).toEqual([{ id: '1', Job_Description: '<p>a &amp; b</p>' }]);
  });

  it('finds none without the input, with a data-id look-alike, or with a value that is not JSON', () => {
    expect(embeddedOpenings('<html><body>Sign in to your Zoho account</body></html>')).toBeNull();
    expect(embeddedOpenings('<input data-id="jobs" value="[]">')).toBeNull();
    expect(embeddedOpenings('<input id="jobs" value="not json">')).toBeNull();
  });
});
