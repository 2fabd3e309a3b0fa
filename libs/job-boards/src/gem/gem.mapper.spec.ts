import { mapGemJobPosts } from './gem.mapper';
import type { GemJobPost } from './gem.types';

const target = { company: 'SO Effects', board: 'soeffects' };
const fetchedAt = '2026-10-01T00:00:00.000Z';

/** Shaped like a cited entry "trimmed from a live api.gem.com/job_board/v0/soeffects/job_posts/". */
function post(overrides: Partial<GemJobPost> = {}): GemJobPost {
  return {
    id: 'am9icG9zdDqLIuZagE8SU-HqhGf7TGYo',
    absolute_url: 'https://jobs.gem.com/soeffects/am9icG9zdDqLIuZagE8SU-HqhGf7TGYo',
    title: 'Electrical Engineering Intern (Summer 2027)',
    content: '<p>Design <strong>PCBs</strong> &amp; test boards.</p>',
    content_plain: 'Design PCBs & test boards.',
    first_published_at: '2026-07-19T02:39:49.294Z',
    created_at: '2026-07-18T22:00:00.000Z',
    updated_at: '2026-07-20T10:00:00.000Z',
    employment_type: 'intern',
    location_type: 'in_office',
    location: { name: 'El Segundo, United States' },
    offices: [
      { name: 'El Segundo, CA', location: { name: 'El Segundo, United States' } },
      { name: 'Redmond, WA', location: { name: 'Redmond, United States' } },
    ],
    departments: [{ id: 'x', name: 'Engineering' }],
    ...overrides,
  };
}

describe('mapGemJobPosts', () => {
  it('maps a post: first_published_at is exact, HTML kept as sent (not decoded), offices as places', () => {
    const { jobs, skipped } = mapGemJobPosts([post()], target, fetchedAt);
    expect(skipped).toEqual({});
    expect(jobs[0]).toEqual({
      ats: 'gem',
      company: 'SO Effects',
      board: 'soeffects',
      externalId: 'am9icG9zdDqLIuZagE8SU-HqhGf7TGYo',
      title: 'Electrical Engineering Intern (Summer 2027)',
      url: 'https://jobs.gem.com/soeffects/am9icG9zdDqLIuZagE8SU-HqhGf7TGYo',
      locations: ['El Segundo, United States', 'Redmond, United States'],
      workplace: 'onsite',
      descriptionHtml: '<p>Design <strong>PCBs</strong> &amp; test boards.</p>',
      descriptionText: 'Design PCBs & test boards.',
      department: 'Engineering',
      employmentType: 'internship',
      postedAt: '2026-07-19T02:39:49.294Z',
      dateSource: 'exact',
      fetchedAt,
    });
    expect(jobs[0]?.salary).toBeUndefined();
  });

  it('reads location_type: remote, hybrid, in_office; anything else leaves the workplace unset', () => {
    const types = ['remote', 'hybrid', 'in_office', 'unspecified', null];
    const { jobs } = mapGemJobPosts(
      types.map((location_type, i) => post({ id: `p${i}`, location_type })),
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.workplace)).toEqual(['remote', 'hybrid', 'onsite', undefined, undefined]);
  });

  it('falls back to updated_at as an update date, and to unknown', () => {
    const { jobs } = mapGemJobPosts(
      [post({ first_published_at: null }), post({ id: 'b', first_published_at: '', updated_at: 'never' })],
      target,
      fetchedAt,
    );
    expect(jobs[0]).toMatchObject({ postedAt: '2026-07-20T10:00:00.000Z', dateSource: 'updated' });
    expect(jobs[1]).toMatchObject({ postedAt: null, dateSource: 'unknown' });
  });

  it('uses the location and office names when offices have no location, and employment types read plainly', () => {
    const { jobs } = mapGemJobPosts(
      [post({ offices: [{ name: 'Remote (US)' }], location: null, employment_type: 'full_time' })],
      target,
      fetchedAt,
    );
    expect(jobs[0]?.locations).toEqual(['Remote (US)']);
    expect(jobs[0]?.employmentType).toBe('full-time');
  });

  it('builds the job page when absolute_url is missing or not a jobs.gem.com page', () => {
    const { jobs } = mapGemJobPosts(
      [
        post({ absolute_url: null }),
        post({ id: 'p2', absolute_url: 'https://api.gem.com/job_board/v0/soeffects/job_posts/p2' }),
        post({ id: 'p3', absolute_url: 'https://jobs.gem.com/soeffects' }),
      ],
      target,
      fetchedAt,
    );
    expect(jobs.map((j) => j.url)).toEqual([
      'https://jobs.gem.com/soeffects/am9icG9zdDqLIuZagE8SU-HqhGf7TGYo',
      'https://jobs.gem.com/soeffects/p2',
      'https://jobs.gem.com/soeffects/p3',
    ]);
  });

  it('keeps no plain text without HTML, and counts posts without id or title as invalid', () => {
    const { jobs, skipped } = mapGemJobPosts(
      [post({ content: null }), post({ id: '' }), post({ id: 'n', title: '  ' })],
      target,
      fetchedAt,
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.descriptionHtml).toBeUndefined();
    expect(jobs[0]?.descriptionText).toBeUndefined();
    expect(skipped).toEqual({ invalid: 2 });
  });
});
