import { attempts } from './board-prober';

const view = (pairs: ReturnType<typeof attempts>): string[] => pairs.map(([p, slug]) => `${p.ats}:${slug}`);

describe('probe attempts', () => {
  it('tries each slug on every board, the most likely slug first', () => {
    expect(view(attempts({ name: 'Acme' }))).toEqual([
      'greenhouse:acme',
      'lever:acme',
      'ashby:acme',
      'workable:acme',
      'recruitee:acme',
      'smartrecruiters:acme',
    ]);
  });

  it("starts with the model's careers URL, then its ATS for every slug", () => {
    const pairs = view(
      attempts({
        name: 'Acme Robotics',
        careersUrl: 'https://jobs.ashbyhq.com/AcmeBots',
        ats: 'lever',
        slugs: ['acme'],
      }),
    );
    expect(pairs.slice(0, 3)).toEqual(['ashby:AcmeBots', 'lever:acme', 'greenhouse:acme']);
    expect(pairs).toContain('lever:acmerobotics');
    expect(pairs).toContain('recruitee:acme-robotics');
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('asks the boards probed only when named for the company that names them, first', () => {
    const named = view(attempts({ name: 'Kranich Robotics', ats: 'personio', slugs: ['kranich'] }));
    expect(named.slice(0, 2)).toEqual(['personio:kranich', 'greenhouse:kranich']);
    expect(named).toContain('personio:kranich-robotics');
    expect(named.filter((a) => /^(teamtailor|bamboohr|rippling|gem):/.test(a))).toEqual([]);
    const byUrl = view(attempts({ name: 'Ljusvik', careersUrl: 'https://ljusvik.teamtailor.com/jobs' }));
    expect(byUrl[0]).toBe('teamtailor:ljusvik');
    expect(byUrl.filter((a) => a.startsWith('teamtailor:'))).toEqual(['teamtailor:ljusvik']);
    // Boards that need more than a slug (a data centre, a site number) are never probed.
    expect(view(attempts({ name: 'Kaveri', careersUrl: 'https://kaveri.zohorecruit.in/jobs/Careers' }))[0]).toBe(
      'greenhouse:kaveri',
    );
  });

  it('skips slugs a board cannot have (Recruitee slugs are host names)', () => {
    const pairs = view(attempts({ name: 'X', slugs: ['Acme_Bots'] }));
    expect(pairs).toContain('greenhouse:Acme_Bots');
    expect(pairs).not.toContain('recruitee:Acme_Bots');
    expect(view(attempts({ name: 'X', ats: 'bamboohr', slugs: ['Acme_Bots'] }))).not.toContain('bamboohr:Acme_Bots');
  });
});
