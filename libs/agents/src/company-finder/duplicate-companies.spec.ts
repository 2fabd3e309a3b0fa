import type { Company } from '@job-hunter/domain';
import { duplicateCompanyWarnings, mergeDuplicateCompanies } from './duplicate-companies';

describe('mergeDuplicateCompanies', () => {
  it('keeps the first entry for a board listed twice, under whatever name, and notes the other', () => {
    const companies: Company[] = [
      { name: 'Lumenpay', careersUrl: 'https://boards.greenhouse.io/lumenpay', regions: ['IN'] },
      { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
      // The same Greenhouse board on its other host, and with a different name.
      { name: 'Lumenpay Again', careersUrl: 'https://job-boards.greenhouse.io/LumenPay', regions: ['GB', 'IN'] },
    ];
    expect(mergeDuplicateCompanies(companies)).toEqual([
      {
        name: 'Lumenpay',
        careersUrl: 'https://boards.greenhouse.io/lumenpay',
        regions: ['IN', 'GB'],
        mergedDuplicates: ['Lumenpay Again'],
      },
      { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
    ]);
  });

  it('merges the same careers page on a board it cannot detect, and an explicit ats and board', () => {
    const companies: Company[] = [
      { name: 'Acme', careersUrl: 'https://acme.example/careers' },
      { name: 'ACME Inc', careersUrl: 'https://www.acme.example/careers/?utm_source=list' },
      { name: 'Orbit', careersUrl: 'https://orbit.example/jobs', ats: 'ashby', board: 'orbit' },
      { name: 'Orbit Labs', careersUrl: 'https://jobs.ashbyhq.com/orbit' },
    ];
    const merged = mergeDuplicateCompanies(companies);
    expect(merged.map((c) => [c.name, c.mergedDuplicates])).toEqual([
      ['Acme', ['ACME Inc']],
      ['Orbit', ['Orbit Labs']],
    ]);
    expect(duplicateCompanyWarnings(merged)).toEqual([
      'Companies file: "ACME Inc" is the same job board as "Acme" (https://acme.example/careers); it is searched once and its jobs counted once.',
      'Companies file: "Orbit Labs" is the same job board as "Orbit" (https://orbit.example/jobs); it is searched once and its jobs counted once.',
    ]);
  });

  it('keeps different boards of one ATS apart, and leaves its input alone', () => {
    const companies: Company[] = [
      { name: 'A', careersUrl: 'https://boards.greenhouse.io/a' },
      { name: 'B', careersUrl: 'https://boards.greenhouse.io/b' },
    ];
    const copy = structuredClone(companies);
    expect(mergeDuplicateCompanies(companies)).toEqual(companies);
    expect(duplicateCompanyWarnings(companies)).toEqual([]);
    expect(companies).toEqual(copy);
  });
});
