import { mapSmartRecruitersPosting } from './smartrecruiters.mapper';
import type { SmartRecruitersPosting, SmartRecruitersPostingDetail } from './smartrecruiters.types';

const target = { company: 'Visa', board: 'Visa' };
const fetchedAt = '2025-10-01T00:00:00.000Z';

function posting(overrides: Partial<SmartRecruitersPosting> = {}): SmartRecruitersPosting {
  return {
    id: '744000012345678',
    name: 'Senior Software Engineer',
    uuid: '3f6f4e0e-0000-4000-8000-000000000001',
    jobAdId: '6f0c3b6e-0000-4000-8000-000000000001',
    refNumber: 'REF076543X',
    company: { identifier: 'Visa', name: 'Visa' },
    releasedDate: '2025-09-24T06:41:05.372Z',
    location: {
      city: 'Bengaluru',
      region: 'KA',
      country: 'in',
      remote: false,
      hybrid: true,
      fullLocation: 'Bengaluru, KA, India',
    },
    industry: { id: 'financial_services', label: 'Financial Services' },
    department: { id: '1086498', label: 'Technology and Operations' },
    function: { id: 'information_technology', label: 'Information Technology' },
    typeOfEmployment: { id: 'permanent', label: 'Full-time' },
    experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
    ref: 'https://api.smartrecruiters.com/v1/companies/Visa/postings/744000012345678',
    language: { code: 'en', label: 'English' },
    ...overrides,
  };
}

function detail(overrides: Partial<SmartRecruitersPostingDetail> = {}): SmartRecruitersPostingDetail {
  return {
    ...posting(),
    active: true,
    postingUrl: 'https://jobs.smartrecruiters.com/Visa/744000012345678-senior-software-engineer',
    applyUrl: 'https://jobs.smartrecruiters.com/Visa/744000012345678-senior-software-engineer?oga=true',
    jobAd: {
      sections: {
        companyDescription: { title: 'Company Description', text: '<p>Visa is a world leader in payments.</p>' },
        jobDescription: { title: 'Job Description', text: '<p>Build <b>Java</b> &amp; Kafka services.</p>' },
        qualifications: { title: 'Qualifications', text: '<ul><li>8+ years</li><li>Spring Boot</li></ul>' },
        additionalInformation: { title: 'Additional Information', text: '' },
      },
    },
    ...overrides,
  };
}

describe('mapSmartRecruitersPosting', () => {
  it('maps list and detail: public URL (not the API ref), exact date, labels, sections', () => {
    const job = mapSmartRecruitersPosting(posting(), detail(), target, fetchedAt);
    expect(job).toMatchObject({
      ats: 'smartrecruiters',
      company: 'Visa',
      board: 'Visa',
      externalId: '744000012345678',
      title: 'Senior Software Engineer',
      url: 'https://jobs.smartrecruiters.com/Visa/744000012345678-senior-software-engineer',
      locations: ['Bengaluru, KA, India'],
      workplace: 'hybrid',
      department: 'Technology and Operations',
      employmentType: 'Full-time',
      postedAt: '2025-09-24T06:41:05.372Z',
      dateSource: 'exact',
      fetchedAt,
    });
    expect(job?.url).not.toContain('api.smartrecruiters.com');
    expect(job?.descriptionHtml).toBe(
      '<h3>Job Description</h3>\n<p>Build <b>Java</b> &amp; Kafka services.</p>\n' +
        '<h3>Qualifications</h3>\n<ul><li>8+ years</li><li>Spring Boot</li></ul>\n' +
        '<h3>Company Description</h3>\n<p>Visa is a world leader in payments.</p>',
    );
    // The HTML has text, which normaliseJob reads first: the plain sections are not kept.
    expect(job?.descriptionText).toBeUndefined();
  });

  it('builds the plain text too when the HTML may show none (here: an entity before its first word)', () => {
    const sections = { jobDescription: { title: '', text: '&nbsp;<p>Build <b>Java</b> &amp; Kafka services.</p>' } };
    const job = mapSmartRecruitersPosting(posting(), detail({ jobAd: { sections } }), target, fetchedAt);
    expect(job?.descriptionText).toBe('Build Java & Kafka services.');
  });

  it('without a detail keeps the list data and links the public page by id', () => {
    const job = mapSmartRecruitersPosting(posting(), undefined, target, fetchedAt);
    expect(job).toMatchObject({
      url: 'https://jobs.smartrecruiters.com/Visa/744000012345678',
      locations: ['Bengaluru, KA, India'],
      postedAt: '2025-09-24T06:41:05.372Z',
    });
    expect(job?.descriptionHtml).toBeUndefined();
  });

  it.each([
    [{ remote: true, hybrid: false }, 'remote'],
    [{ remote: false, hybrid: true }, 'hybrid'],
    [{ remote: false, hybrid: false }, 'onsite'],
    [{ remote: false }, 'onsite'],
    [{ remote: false, fullLocation: 'Remote, Germany' }, 'unknown'],
    [{ remote: null }, 'unknown'],
  ] as const)('reads the location flags %j as %s', (flags, workplace) => {
    const location = { city: 'Berlin', country: 'de', fullLocation: 'Berlin, Germany', ...flags };
    expect(mapSmartRecruitersPosting(posting({ location }), undefined, target, fetchedAt)?.workplace).toBe(workplace);
  });

  it('builds a location from its parts and falls back to the job function', () => {
    const job = mapSmartRecruitersPosting(
      posting({ location: { city: 'Pune', region: 'MH', country: 'in', remote: true }, department: {} }),
      undefined,
      target,
      fetchedAt,
    );
    expect(job).toMatchObject({
      locations: ['Pune, MH, IN'],
      workplace: 'remote',
      department: 'Information Technology',
    });
  });

  it('lets detail fields win but not its nulls, and needs an id and a title', () => {
    const job = mapSmartRecruitersPosting(
      posting(),
      detail({ name: 'Staff Software Engineer', releasedDate: null, postingUrl: null }),
      target,
      fetchedAt,
    );
    expect(job).toMatchObject({
      title: 'Staff Software Engineer',
      postedAt: '2025-09-24T06:41:05.372Z',
      url: 'https://jobs.smartrecruiters.com/Visa/744000012345678',
    });
    expect(mapSmartRecruitersPosting(posting({ name: ' ' }), undefined, target, fetchedAt)).toBeNull();
    expect(mapSmartRecruitersPosting(posting({ releasedDate: 'n/a' }), undefined, target, fetchedAt)).toMatchObject({
      postedAt: null,
      dateSource: 'unknown',
    });
  });
});
