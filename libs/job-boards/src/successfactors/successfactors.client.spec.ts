import { detectBoard } from '../job-board.registry';
import { SuccessFactorsClient } from './successfactors.client';
import { parseSuccessFactorsBoard } from './successfactors-board';

describe('SuccessFactors detection', () => {
  it.each([
    ['https://career5.successfactors.eu/career?company=SAP', 'career5.successfactors.eu|SAP'],
    [
      'https://career5.successfactors.eu/career?company=metricstre&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH&',
      'career5.successfactors.eu|metricstre',
    ],
    [
      'https://career012.successfactors.eu/career?company=banquepict&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH',
      'career012.successfactors.eu|banquepict',
    ],
    [
      'https://career4.successfactors.com/career?company=accela&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH&_s.crb=qr%2fB9U',
      'career4.successfactors.com|accela',
    ],
    [
      'https://career5.successfactors.eu/career?career_ns=job_listing&company=metricstre&career_job_req_id=3567',
      'career5.successfactors.eu|metricstre',
    ],
    ['https://career2.successfactors.eu/careers?company=1080030P', 'career2.successfactors.eu|1080030P'],
    ['https://wlgore.jobs.hr.cloud.sap/content/Students/?locale=en_US', 'wlgore.jobs.hr.cloud.sap'],
    ['https://karriere-muenchen.jobs.hr.cloud.sap/search/?q=', 'karriere-muenchen.jobs.hr.cloud.sap'],
    ['https://acme.jobs2web.com/job/Berlin-Engineer/123/', 'acme.jobs2web.com'],
  ])('%s → successfactors/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'successfactors', board });
  });

  it.each([
    ['https://career5.successfactors.eu/career'],
    ['https://career5.successfactors.eu/career?company='],
    ['https://career5.successfactors.eu/career?company=a%2Cb'],
    ['https://career5.successfactors.eu/login?company=SAP'],
    ['https://performancemanager5.successfactors.eu/sf/start?company=SAP'],
    ['https://www.successfactors.com/'],
    ['https://jobs.hr.cloud.sap/'],
    ['https://www.jobs2web.com/'],
    ['https://career5.successfactors.eu.evil.example/career?company=SAP'],
    // A company's own RMK host does not say it runs SuccessFactors: given explicitly only.
    ['https://jobs.sap.com/search/'],
  ])('%s is no SuccessFactors board by detection', (url) => {
    expect(new SuccessFactorsClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://career5.evilsuccessfactors.eu/career?company=SAP'],
    ['https://evil-successfactors.com/career?company=SAP'],
    ['https://career5.successfactors.com.evil.example/career?company=SAP'],
    ['https://acme.jobs.hr.cloud.sap.evil.example/'],
    ['https://acme.evil-jobs2web.com/'],
    ['https://acmejobs2web.com/'],
    ['https://acme.jobs2web.com.evil.example/'],
  ])('%s only looks like SuccessFactors (its host is another domain): no SuccessFactors board', (url) => {
    expect(new SuccessFactorsClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('successfactors');
  });

  it('takes a branded RMK host given explicitly, as a host or a URL', () => {
    expect(detectBoard('https://jobs.sap.com/search/', { ats: 'successfactors', board: 'jobs.sap.com' })).toEqual({
      ats: 'successfactors',
      board: 'jobs.sap.com',
    });
    expect(parseSuccessFactorsBoard(' Jobs.SAP.com ')).toEqual({ kind: 'rmk', host: 'jobs.sap.com' });
    expect(parseSuccessFactorsBoard('https://careers.example.com/search/?q=')).toEqual({
      kind: 'rmk',
      host: 'careers.example.com',
    });
    expect(parseSuccessFactorsBoard('career5.successfactors.eu|SAP')).toEqual({
      kind: 'legacy',
      host: 'career5.successfactors.eu',
      company: 'SAP',
    });
  });

  it.each([
    ['career5.successfactors.eu'],
    ['jobs.sap.com|SAP'],
    ['career5.successfactors.eu|a,b'],
    ['not a host'],
    [''],
  ])('refuses the board %s', (token) => {
    expect(() => parseSuccessFactorsBoard(token)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('names the careers page the careers-page reader takes over with', () => {
    const client = new SuccessFactorsClient();
    expect(client.careersPage({ company: 'SAP', board: 'jobs.sap.com' })).toBe('https://jobs.sap.com/search/');
    expect(client.careersPage({ company: 'SAP', board: 'career5.successfactors.eu|SAP' })).toBe(
      'https://career5.successfactors.eu/career?company=SAP&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH',
    );
    expect(client.careersPage({ company: 'X', board: '!!' })).toBeNull();
  });
});
