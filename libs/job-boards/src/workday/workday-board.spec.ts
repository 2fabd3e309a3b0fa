import { detectBoard } from '../job-board.registry';
import { parseWorkdayBoard, workdayJobUrl, workdayLocale } from './workday-board';
import { WorkdayClient } from './workday.client';

const client = new WorkdayClient();
const detect = (url: string) => client.detect(new URL(url))?.board ?? null;

describe('Workday detection', () => {
  it.each([
    ['https://acme.wd5.myworkdayjobs.com/External', 'acme.wd5.myworkdayjobs.com|acme|External'],
    ['https://acme.wd5.myworkdayjobs.com/External/', 'acme.wd5.myworkdayjobs.com|acme|External'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/External', 'acme.wd5.myworkdayjobs.com|acme|External'],
    ['https://Acme.WD1.myworkdayjobs.com/de-DE/Careers_DE', 'acme.wd1.myworkdayjobs.com|acme|Careers_DE'],
    ['https://acme.wd3.myworkdayjobs.com/fr-ca/Carrieres?q=java', 'acme.wd3.myworkdayjobs.com|acme|Carrieres'],
    [
      'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/India-Bengaluru/Senior-Engineer_JR1990000',
      'nvidia.wd5.myworkdayjobs.com|nvidia|NVIDIAExternalCareerSite',
    ],
    [
      'https://acme.wd12.myworkdayjobs.com/External/job/Toronto-ON/Engineer_JR-1/apply',
      'acme.wd12.myworkdayjobs.com|acme|External',
    ],
    [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/details/Engineer_JR-1',
      'acme.wd5.myworkdayjobs.com|acme|External',
    ],
    ['https://acme.myworkdayjobs.com/External', 'acme.myworkdayjobs.com|acme|External'],
    ['https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs', 'acme.wd5.myworkdayjobs.com|acme|External'],
    ['https://wd3.myworkdaysite.com/recruiting/acme/External', 'wd3.myworkdaysite.com|acme|External'],
    ['https://wd3.myworkdaysite.com/en-US/recruiting/acme/External', 'wd3.myworkdaysite.com|acme|External'],
    [
      'https://wd1.myworkdaysite.com/en-US/recruiting/acme/Global_Careers/job/Pune/Analyst_R-77',
      'wd1.myworkdaysite.com|acme|Global_Careers',
    ],
    ['https://wd3.myworkdaysite.com/wday/cxs/acme/External/jobs', 'wd3.myworkdaysite.com|acme|External'],
  ])('%s → %s', (url, board) => {
    expect(detect(url)).toBe(board);
    expect(detectBoard(url)).toEqual({ ats: 'workday', board });
  });

  it.each([
    'https://acme.wd5.myworkdayjobs.com/',
    'https://acme.wd5.myworkdayjobs.com/en-US',
    'https://acme.wd5.myworkdayjobs.com/en-US/',
    'https://acme.wd5.myworkdayjobs.com/job/Toronto/Engineer_JR-1',
    'https://acme.wd5.myworkdayjobs.com/login',
    'https://acme.wd5.myworkdayjobs.com/wday/cxs/acme',
    'https://wd3.myworkdaysite.com/recruiting/acme',
    'https://wd3.myworkdaysite.com/en-US/acme/External',
    'https://www.myworkday.com/acme/d/home.htmld',
    'https://myworkdayjobs.com/External',
    'https://acme.wd5.myworkdayjobs.com.evil.example/External',
    'https://evil.example/acme.wd5.myworkdayjobs.com/External',
    'https://workday.com/en-us/careers',
  ])('%s → null', (url) => {
    expect(detect(url)).toBeNull();
  });

  it('keeps the locale of a careers URL for job links, and builds them for both host kinds', () => {
    expect(workdayLocale('https://acme.wd5.myworkdayjobs.com/en-US/External')).toBe('en-US');
    expect(workdayLocale('https://acme.wd5.myworkdayjobs.com/External')).toBeUndefined();
    expect(workdayLocale(undefined)).toBeUndefined();
    const path = '/job/Pune/Analyst_R-77';
    expect(workdayJobUrl(parseWorkdayBoard('acme.wd5.myworkdayjobs.com|acme|External'), path, 'en-US')).toBe(
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Pune/Analyst_R-77',
    );
    expect(workdayJobUrl(parseWorkdayBoard('wd3.myworkdaysite.com|acme|External'), path, undefined)).toBe(
      'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Pune/Analyst_R-77',
    );
  });
});

describe('parseWorkdayBoard', () => {
  it('reads the token, or a careers URL given as the board', () => {
    expect(parseWorkdayBoard(' ACME.wd5.myworkdayjobs.com | acme | External ')).toEqual({
      host: 'acme.wd5.myworkdayjobs.com',
      tenant: 'acme',
      site: 'External',
    });
    expect(parseWorkdayBoard('https://wd3.myworkdaysite.com/en-US/recruiting/acme/External')).toEqual({
      host: 'wd3.myworkdaysite.com',
      tenant: 'acme',
      site: 'External',
    });
  });

  it.each([
    'acme',
    'External',
    '169.254.169.254|acme|External',
    'evil.example|acme|External',
    'acme.wd5.myworkdayjobs.com|acme',
    'acme.wd5.myworkdayjobs.com|acme|..',
    'https://example.com/careers',
  ])('refuses %j with INVALID_INPUT', (token) => {
    expect(() => parseWorkdayBoard(token)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
