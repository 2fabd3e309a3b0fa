import { normaliseJob, isInvalidJob } from './normalise-job';
import { dedupeKey } from './dedupe';
import { filterJob } from './hard-filters';
import { NOW, PLACES, aRawJob, prefs } from './matching.fixtures';
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

  it.each([
    ['Software Engineer, Backend II', 'mid'],
    ['Backend Engineer (Go) I', 'junior'],
    ['ML Engineer, Ranking III', 'senior'],
    ['Data Engineer, Platform IV', 'staff'],
    ['Senior Software Engineer, Payments', 'senior'],
    ['Product Manager, Web', null],
    ['Head of AI', 'director'],
  ])('reads the level of "%s" even after a team qualifier', (title, level) => {
    expect(valid(normaliseJob(aRawJob({ title }))).seniority).toBe(level);
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

  describe('work model from the description when neither the board nor the location says', () => {
    const html = (text: string) => `<p>We build care software.</p><p>${text}</p>`;
    const bengaluruPerson = prefs({
      locations: [PLACES.bengaluru],
      remoteScopes: ['IN'],
      workModels: ['onsite', 'hybrid', 'remote'],
    });

    it('reads an office-five-days Pune job as on-site, so a Bengaluru person does not get it', () => {
      const pune = valid(
        normaliseJob(
          aRawJob({
            locations: ['Pune, India'],
            descriptionHtml: html('This role is based in our Pune office, five days a week.'),
          }),
        ),
      );
      expect(pune.remote).toBe('onsite');
      expect(filterJob(pune, bengaluruPerson, NOW)).toBe('location');
    });

    it('keeps a Bengaluru job with no stated model for the Bengaluru person', () => {
      const job = valid(normaliseJob(aRawJob({ locations: ['Bengaluru, Karnataka, India'] })));
      expect(job.remote).toBe('unknown');
      expect(filterJob(job, bengaluruPerson, NOW)).toBeNull();
    });

    it('reads remote and hybrid statements, taking the remote scope from a country location', () => {
      const remote = valid(
        normaliseJob(aRawJob({ locations: ['India'], descriptionHtml: html('This is a fully remote role.') })),
      );
      expect(remote).toMatchObject({ remote: 'remote', remoteScope: ['IN'] });
      expect(filterJob(remote, bengaluruPerson, NOW)).toBeNull();
      const hybrid = valid(
        normaliseJob(aRawJob({ descriptionHtml: html('Hybrid working, two days a week in the office.') })),
      );
      expect(hybrid.remote).toBe('hybrid');
    });

    it('lets the board flag and the location text win over the description', () => {
      const text = html('This is a fully remote role.');
      expect(valid(normaliseJob(aRawJob({ workplace: 'onsite', descriptionHtml: text }))).remote).toBe('onsite');
      expect(valid(normaliseJob(aRawJob({ locations: ['Hybrid - Berlin'], descriptionHtml: text }))).remote).toBe(
        'hybrid',
      );
      const flaggedUnknown = aRawJob({ workplace: 'unknown', descriptionHtml: text });
      expect(valid(normaliseJob(flaggedUnknown)).remote).toBe('remote');
    });
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
