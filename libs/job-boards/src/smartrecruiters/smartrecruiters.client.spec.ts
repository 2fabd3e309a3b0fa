import { detectBoard } from '../job-board.registry';
import { SmartRecruitersClient } from './smartrecruiters.client';

const client = new SmartRecruitersClient();

describe('SmartRecruiters detection', () => {
  it.each([
    ['https://jobs.smartrecruiters.com/Visa', 'Visa'],
    ['https://jobs.smartrecruiters.com/Visa/', 'Visa'],
    ['https://careers.smartrecruiters.com/BoschGroup', 'BoschGroup'],
    ['https://careers.smartrecruiters.com/BoschGroup/india', 'BoschGroup'],
    ['https://jobs.smartrecruiters.com/Visa/743999999999999-senior-software-engineer', 'Visa'],
    ['https://jobs.smartrecruiters.com/Visa/743999999999999-senior-software-engineer?trid=abc', 'Visa'],
    ['https://JOBS.SmartRecruiters.com/ServiceNow', 'ServiceNow'],
    ['jobs.smartrecruiters.com/acme', 'acme'],
    [
      'https://jobs.smartrecruiters.com/oneclick-ui/company/Visa/publication/0d9e7a44-0000-4000-8000-000000000001',
      'Visa',
    ],
    ['https://api.smartrecruiters.com/v1/companies/Visa/postings?limit=100', 'Visa'],
    ['https://api.smartrecruiters.com/v1/companies/Visa/postings/743999999999999', 'Visa'],
  ])('%s → %s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'smartrecruiters', board });
  });

  it.each([
    'https://jobs.smartrecruiters.com/',
    'https://careers.smartrecruiters.com',
    'https://jobs.smartrecruiters.com/oneclick-ui',
    'https://jobs.smartrecruiters.com/oneclick-ui/company',
    'https://jobs.smartrecruiters.com/sr-jobs/search',
    'https://api.smartrecruiters.com/v1/jobs',
    'https://www.smartrecruiters.com/Visa',
    'https://smartrecruiters.com/Visa',
    'https://jobs.smartrecruiters.com.evil.example/Visa',
    'https://evil.example/jobs.smartrecruiters.com/Visa',
  ])('%s → null', (url) => {
    expect(client.detect(new URL(url))).toBeNull();
  });
});
