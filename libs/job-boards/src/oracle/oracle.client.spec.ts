import { detectBoard } from '../job-board.registry';
import { OracleClient } from './oracle.client';
import { parseOracleBoard } from './oracle-board';

describe('Oracle Recruiting Cloud detection', () => {
  it.each([
    ['https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1', 'eeho.fa.us2.oraclecloud.com|CX_1'],
    [
      'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs',
      'eeho.fa.us2.oraclecloud.com|CX_1',
    ],
    [
      'https://jpmc.fa.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/210686668?keyword=x',
      'jpmc.fa.oraclecloud.com|CX_1001',
    ],
    [
      'https://cgs.fa.ap2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_2/requisitions/preview/12345',
      'cgs.fa.ap2.oraclecloud.com|CX_2',
    ],
    [
      'https://fa-epcb-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/fr-FR/sites/CX/jobs?mode=location',
      'fa-epcb-saasfaprod1.fa.ocs.oraclecloud.com|CX',
    ],
    ['https://ebfr.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/jobs', 'ebfr.fa.us2.oraclecloud.com|jobs'],
    ['EEHO.FA.US2.ORACLECLOUD.COM/hcmUI/CandidateExperience/en/sites/CX_1', 'eeho.fa.us2.oraclecloud.com|CX_1'],
    [
      'https://eeho.fa.us2.oraclecloud.com/hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&expand=requisitionList.secondaryLocations&finder=findReqs;siteNumber=CX_45001,limit=25,offset=0',
      'eeho.fa.us2.oraclecloud.com|CX_45001',
    ],
    [
      'https://eeho.fa.us2.oraclecloud.com/hcmRestApi/resources/11.13.18.05/recruitingCEJobRequisitionDetails?expand=all&finder=ById;Id=%22123%22,siteNumber=CX_1',
      'eeho.fa.us2.oraclecloud.com|CX_1',
    ],
    ['https://hcjy.fa.us2.oraclecloud.com/?keyword=&mode=jobs&site_number=CX_1', 'hcjy.fa.us2.oraclecloud.com|CX_1'],
  ])('%s → oracle/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'oracle', board });
  });

  it.each([
    ['https://www.oracle.com/careers/'],
    ['https://docs.oracle.com/en/cloud/saas/talent-management/index.html'],
    ['https://cloud.oracle.com/hcmUI/CandidateExperience/en/sites/CX_1'],
    ['https://www.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1'],
    ['https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/'],
    ['https://eeho.fa.us2.oraclecloud.com/hcmUI/faces/FuseWelcome'],
    ['https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1%2Climit%3D500'],
    ['https://eeho.fa.us2.oraclecloud.com.evil.example/hcmUI/CandidateExperience/en/sites/CX_1'],
    // A company domain serving the Candidate Experience is ORC only when given explicitly.
    ['https://careers.acme.example/hcmUI/CandidateExperience/en/sites/CX_1'],
  ])('%s is no Oracle board', (url) => {
    expect(new OracleClient().detect(new URL(url.includes('://') ? url : `https://${url}`))).toBeNull();
  });

  it.each([
    ['https://eeho.fa.us2.eviloraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1'],
    ['https://evil-oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1'],
    ['https://eeho.fa.us2.oraclecloud.co/hcmUI/CandidateExperience/en/sites/CX_1'],
    ['https://eeho.fa.us2.oraclecloud.com@evil.example/hcmUI/CandidateExperience/en/sites/CX_1'],
  ])('%s only looks like Oracle (its host is another domain): no Oracle board', (url) => {
    expect(new OracleClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('oracle');
  });

  it('takes a company domain given explicitly as the ORC board', () => {
    expect(
      detectBoard('https://careers.acme.example/en/sites/AcmeCareers', {
        ats: 'oracle',
        board: 'careers.acme.example|CX_1',
      }),
    ).toEqual({ ats: 'oracle', board: 'careers.acme.example|CX_1' });
    expect(parseOracleBoard(' Careers.Acme.Example | CX_1 ')).toEqual({ host: 'careers.acme.example', site: 'CX_1' });
    expect(parseOracleBoard('https://careers.acme.example/hcmUI/CandidateExperience/en/sites/CX_7/jobs')).toEqual({
      host: 'careers.acme.example',
      site: 'CX_7',
    });
  });

  it.each([['eeho.fa.us2.oraclecloud.com'], ['eeho.fa.us2.oraclecloud.com|CX_1,limit=500'], ['|CX_1'], ['a|b|c']])(
    'refuses the board %s',
    (token) => {
      expect(() => parseOracleBoard(token)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    },
  );

  it('names the site job list as the careers page when the API is refused', () => {
    const client = new OracleClient();
    expect(client.careersPage({ company: 'Acme', board: 'eeho.fa.us2.oraclecloud.com|CX_1' })).toBe(
      'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs',
    );
    expect(client.careersPage({ company: 'Acme', board: 'not a board' })).toBeNull();
  });
});
