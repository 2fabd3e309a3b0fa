import { detectBoard } from '../job-board.registry';
import { KekaClient } from './keka.client';

const UUID = 'db770a22-93d1-46f6-af73-c35e960ea796';

describe('Keka detection', () => {
  it.each([
    ['https://10decoders.keka.com/careers', '10decoders'],
    ['https://10decoders.keka.com/careers/', '10decoders'],
    ['https://webklipper.keka.com/careers/jobdetails/80114', 'webklipper'],
    ['https://acme.keka.com/careers/applyjob/80114', 'acme'],
    ['acme.keka.com/careers', 'acme'],
    ['https://Acme.Keka.com/', 'acme'],
    ['https://acme.keka.com/careers/campus', 'acme/campus'],
    [`https://acme.keka.com/careers/api/embedjobs/default/active/${UUID}`, `acme|${UUID}`],
    [`https://acme.keka.com/careers/api/embedjobs/campus/active/${UUID.toUpperCase()}`, `acme/campus|${UUID}`],
    ['https://acme.keka.com/careers/api/organization/default/careerportalinfo', 'acme'],
    [`https://acme.keka.com/careers/api/embedjobs/js/${UUID}`, `acme|${UUID}`],
  ])('%s → keka/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'keka', board });
  });

  it.each([
    ['https://www.keka.com/careers'],
    ['https://app.keka.com/careers'],
    ['https://help.keka.com/hc/en-us'],
    ['https://keka.com/careers'],
    ['https://acme.keka.com/v1/hire/jobs'],
    ['https://acme.keka.com.evil.example/careers'],
    ['https://a.b.keka.com/careers'],
  ])('%s is no Keka board', (url) => {
    expect(new KekaClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://acme.evilkeka.com/careers'],
    ['https://acmekeka.com/careers'],
    ['https://evil-keka.com/careers'],
    ['https://acme.keka.co/careers'],
    ['https://acme.keka.com@evil.example/careers'],
  ])('%s only looks like Keka (its host is another domain): no Keka board', (url) => {
    expect(new KekaClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('keka');
  });

  it('points the careers-page reader at the portal, and at nothing for a malformed board', () => {
    const client = new KekaClient();
    expect(client.careersPage({ company: 'A', board: 'acme' })).toBe('https://acme.keka.com/careers');
    expect(client.careersPage({ company: 'A', board: `acme/campus|${UUID}` })).toBe(
      'https://acme.keka.com/careers/campus',
    );
    expect(client.careersPage({ company: 'A', board: 'acme.keka.com/careers' })).toBeNull();
  });
});
