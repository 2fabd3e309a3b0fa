import { normaliseJob, isInvalidJob } from './normalise-job';
import { dedupeKey } from './dedupe';
import { aRawJob } from './matching.fixtures';
import type { NormalisedJob } from '../../models/job';

function valid(x: ReturnType<typeof normaliseJob>): NormalisedJob {
  if (isInvalidJob(x)) throw new Error(`unexpectedly invalid: ${x.invalid}`);
  return x;
}

describe('normaliseJob', () => {
  it('cleans the text, finds skills and keeps the board metadata', () => {
    const job = valid(
      normaliseJob(
        aRawJob({ title: '  Senior   Backend Engineer ', department: 'Platform', employmentType: 'Full-time' }),
      ),
    );
    expect(job.title).toBe('Senior Backend Engineer');
    expect(job.description).toContain('We build payments infrastructure in Go and PostgreSQL.');
    expect(job.description).not.toContain('<');
    expect(job.skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    expect(job.seniority).toBe('senior');
    expect(job.department).toBe('Platform');
    expect(job.employmentType).toBe('Full-time');
    expect(job.postedAt).not.toBeNull();
    expect(job.dateSource).toBe('exact');
    expect(job.id).toBe(dedupeKey(job));
  });

  it('uses the plain description when there is no HTML', () => {
    const job = valid(normaliseJob(aRawJob({ descriptionHtml: undefined, descriptionText: 'Plain  text\u200b here' })));
    expect(job.description).toBe('Plain text here');
  });

  it('keeps a structured salary and otherwise parses one from the text', () => {
    const salary = { min: 1, max: 2, currency: 'EUR', period: 'year' as const, annualMin: 1, annualMax: 2, raw: 'x' };
    expect(valid(normaliseJob(aRawJob({ salary }))).salary).toBe(salary);
    const parsed = valid(normaliseJob(aRawJob({ descriptionHtml: '<p>Salary: $120,000 - $150,000 per year</p>' })));
    expect(parsed.salary?.currency).toBe('USD');
    expect(parsed.salary?.max).toBe(150_000);
    expect(valid(normaliseJob(aRawJob())).salary).toBeUndefined();
  });

  it('parses locations with the board workplace hint', () => {
    const job = valid(normaliseJob(aRawJob({ locations: ['Remote'], workplace: 'remote' })));
    expect(job.remote).toBe('remote');
    expect(job.locationLabel).toMatch(/remote/i);
  });

  it('rejects an empty title or a non-http URL', () => {
    expect(normaliseJob(aRawJob({ title: '  ' }))).toEqual({ invalid: expect.stringContaining('title') });
    expect(isInvalidJob(normaliseJob(aRawJob({ url: 'mailto:jobs@acme.com' })))).toBe(true);
    expect(isInvalidJob(normaliseJob(aRawJob({ url: '/jobs/1' })))).toBe(true);
    expect(isInvalidJob(normaliseJob(aRawJob({ url: 'http://localhost:8080/jobs/1' })))).toBe(false);
  });

  it('marks a missing date as unknown', () => {
    const job = valid(normaliseJob(aRawJob({ postedAt: null, dateSource: 'exact' })));
    expect(job.dateSource).toBe('unknown');
  });
});
