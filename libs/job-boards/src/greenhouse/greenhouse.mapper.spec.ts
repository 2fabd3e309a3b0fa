import { mapGreenhouseJobs } from './greenhouse.mapper';
import type { GreenhouseJob } from './greenhouse.types';

const target = { company: 'Acme Robotics', board: 'acmerobotics' };
const fetchedAt = '2025-10-01T00:00:00.000Z';

function job(overrides: Partial<GreenhouseJob> = {}): GreenhouseJob {
  return {
    id: 4012345,
    internal_job_id: 9001,
    title: 'Senior Backend Engineer',
    updated_at: '2025-09-20T10:15:00-04:00',
    first_published: '2025-09-01T09:00:00-04:00',
    requisition_id: 'ENG-42',
    absolute_url: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4012345',
    location: { name: 'Bengaluru, India' },
    content:
      '&lt;p&gt;Build &amp;amp; run &lt;strong&gt;APIs&lt;/strong&gt; in Go.&lt;/p&gt;&lt;p&gt;5+ years&amp;nbsp;experience&lt;/p&gt;',
    metadata: [
      { id: 1, name: 'Employment Type', value: 'Full-time', value_type: 'single_select' },
      { id: 2, name: 'Workplace Type', value: 'Hybrid', value_type: 'single_select' },
    ],
    departments: [{ id: 10, name: 'Engineering' }],
    offices: [
      { id: 20, name: 'Bengaluru', location: 'Bengaluru, Karnataka, India' },
      { id: 21, name: 'Pune', location: null },
    ],
    ...overrides,
  };
}

describe('mapGreenhouseJobs', () => {
  it('maps a posting with decoded HTML, offices as locations and the first published date', () => {
    const { jobs, skipped } = mapGreenhouseJobs([job()], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs).toHaveLength(1);
    const [j] = jobs;
    if (!j) throw new Error('no job mapped');
    expect(j).toMatchObject({
      ats: 'greenhouse',
      company: 'Acme Robotics',
      board: 'acmerobotics',
      externalId: '4012345',
      title: 'Senior Backend Engineer',
      url: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4012345',
      locations: ['Bengaluru, India', 'Bengaluru, Karnataka, India', 'Pune'],
      workplace: 'hybrid',
      department: 'Engineering',
      employmentType: 'Full-time',
      postedAt: '2025-09-01T13:00:00.000Z',
      dateSource: 'exact',
      fetchedAt,
    });
    // Decoded exactly once: the doubly escaped ampersand stays an entity inside real HTML.
    expect(j.descriptionHtml).toBe(
      '<p>Build &amp; run <strong>APIs</strong> in Go.</p><p>5+ years&nbsp;experience</p>',
    );
    expect(j.salary).toBeUndefined();
  });

  it('falls back to updated_at, marked as an update date', () => {
    const { jobs } = mapGreenhouseJobs([job({ first_published: null })], target, fetchedAt);
    expect(jobs[0]).toMatchObject({ postedAt: '2025-09-20T14:15:00.000Z', dateSource: 'updated' });
    const none = mapGreenhouseJobs([job({ first_published: undefined, updated_at: 'garbage' })], target, fetchedAt);
    expect(none.jobs[0]).toMatchObject({ postedAt: null, dateSource: 'unknown' });
  });

  it('turns pay_input_ranges into a salary, widening zones of one currency', () => {
    const { jobs } = mapGreenhouseJobs(
      [
        job({
          pay_input_ranges: [
            { min_cents: 15000000, max_cents: 19000000, currency_type: 'USD', title: 'Zone A', blurb: null },
            { min_cents: 13000000, max_cents: 17000000, currency_type: 'USD', title: 'Zone B', blurb: null },
          ],
        }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.salary).toMatchObject({
      min: 130000,
      max: 190000,
      currency: 'USD',
      period: 'year',
      annualMin: 130000,
      annualMax: 190000,
    });
  });

  it('reads an hourly pay range as hourly and annualises it', () => {
    const { jobs } = mapGreenhouseJobs(
      [
        job({
          pay_input_ranges: [
            { min_cents: 2500, max_cents: 3000, currency_type: 'CAD', title: 'Hourly rate', blurb: '' },
          ],
        }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.salary).toMatchObject({ min: 25, max: 30, period: 'hour', annualMin: 52000, annualMax: 62400 });
  });

  it('leaves workplace unset without a workplace field and counts postings without a title', () => {
    const { jobs, skipped } = mapGreenhouseJobs(
      [job({ metadata: null, offices: [] }), job({ id: 2, title: '  ' })],
      target,
      fetchedAt,
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.workplace).toBeUndefined();
    expect(jobs[0]?.employmentType).toBeUndefined();
    expect(jobs[0]?.locations).toEqual(['Bengaluru, India']);
    expect(skipped).toEqual({ invalid: 1 });
  });

  it('builds the job page URL when absolute_url is missing', () => {
    const { jobs } = mapGreenhouseJobs([job({ absolute_url: null })], target, fetchedAt);
    expect(jobs[0]?.url).toBe('https://job-boards.greenhouse.io/acmerobotics/jobs/4012345');
  });
});
