import { scoreJobOffline, SCORE_WEIGHTS } from './score-offline';
import { titleSimilarity } from './score-title';
import { splitSections } from './score-skills';
import { EUR_80_90K, NOW, PLACES, aJob, aProfile, daysAgo, prefs } from './matching.fixtures';

const profile = aProfile({
  titles: ['Senior Software Engineer'],
  skills: ['Go', 'Kubernetes', 'PostgreSQL', 'AWS'],
  yearsExperience: 8,
  seniority: 'senior',
});
const wants = prefs({ roles: ['backend engineer'], locations: [PLACES.bengaluru], remoteScopes: ['IN'] });

const job = (over = {}) =>
  aJob({
    title: 'Senior Backend Engineer',
    seniority: 'senior',
    places: [PLACES.bengaluru],
    locationLabel: 'Bengaluru, India',
    skills: ['Go', 'Kubernetes', 'PostgreSQL'],
    description: 'Requirements:\n- Go, Kubernetes and PostgreSQL\n',
    postedAt: daysAgo(5),
    ...over,
  });

describe('scoreJobOffline', () => {
  it('gives 0–100 with components that add up to the score', () => {
    const { score, fit } = scoreJobOffline(job(), profile, wants, NOW);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    const sum = Object.values(fit.components).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - score)).toBeLessThanOrEqual(0.5);
    expect(Object.keys(fit.components).sort()).toEqual(Object.keys(SCORE_WEIGHTS).sort());
    for (const [k, v] of Object.entries(fit.components)) {
      expect(v).toBeLessThanOrEqual(SCORE_WEIGHTS[k as keyof typeof SCORE_WEIGHTS]);
    }
  });

  it('scores a strong match high and quotes evidence from the job', () => {
    const { score, fit } = scoreJobOffline(job(), profile, wants, NOW);
    expect(score).toBeGreaterThanOrEqual(75);
    expect(fit.matchedSkills).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'PostgreSQL']));
    expect(fit.missingSkills).toEqual([]);
    expect(fit.reasons.length).toBeGreaterThan(0);
    expect(fit.reasons).toContain('Posted 5 days ago');
    expect(fit.reasons).toContain('Senior role fits your 8 years');
    expect(fit.reasons.some((r) => /Asks for .*Go.*— all on your resume/.test(r))).toBe(true);
    expect(fit.reasons.some((r) => r.includes('"Senior Backend Engineer" matches the role you want'))).toBe(true);
    expect(fit.seniority.fit).toBe('good');
    expect(fit.location.fit).toBe('good');
    expect(fit.title.fit).toBe('good');
  });

  it('reads the level a title leaves out from the years the posting asks for', () => {
    const bare = (years: number) =>
      job({
        title: 'Backend Engineer',
        seniority: null,
        description: `Requirements:\n- ${years}+ years of experience`,
      });
    const ranged = prefs({ ...wants, seniorityMin: 'senior', seniorityMax: 'staff' });
    const senior = scoreJobOffline(bare(6), profile, ranged, NOW).fit;
    expect(senior.seniority).toEqual({ fit: 'good', note: 'Asks for 6+ years (a senior role) fits your 8 years' });
    expect(senior.components.seniority).toBe(SCORE_WEIGHTS.seniority);
    // Below the range the person set: it would be ruled out if the title said so.
    const mid = scoreJobOffline(bare(3), profile, ranged, NOW).fit;
    expect(mid.seniority).toEqual({ fit: 'poor', note: 'Asks for 3+ years (a mid role) is below your 8 years' });
    expect(mid.components.seniority).toBe(3);
    // Below the person's own level, with no range set: as a stated level one step below.
    expect(scoreJobOffline(bare(3), profile, wants, NOW).fit.seniority.fit).toBe('partial');
    const silent = job({ title: 'Backend Engineer', seniority: null, description: 'Build services.' });
    expect(scoreJobOffline(silent, profile, ranged, NOW).fit.seniority.note).toBe('The title states no level');
  });

  it('names a remote job scope in the reasons', () => {
    const remoteIn = job({ remote: 'remote', places: [], remoteScope: ['IN'] });
    const { fit } = scoreJobOffline(remoteIn, profile, prefs({ remoteScopes: ['IN'], locations: [PLACES.india] }), NOW);
    expect(fit.reasons).toContain('Remote within India');
  });

  it('rises with more matched skills', () => {
    const asks = ['Go', 'Kubernetes', 'PostgreSQL', 'Kafka', 'Terraform'];
    const scores = [0, 1, 2, 3].map((n) => {
      const p = aProfile({ ...profile, skills: asks.slice(0, n) });
      return scoreJobOffline(job({ skills: asks }), p, wants, NOW).score;
    });
    expect(scores[1]).toBeGreaterThan(scores[0] ?? 0);
    expect(scores[2]).toBeGreaterThan(scores[1] ?? 0);
    expect(scores[3]).toBeGreaterThan(scores[2] ?? 0);
  });

  it('lists missing skills and says so', () => {
    const { fit } = scoreJobOffline(job({ skills: ['Go', 'Kafka', 'Terraform'] }), profile, wants, NOW);
    expect(fit.matchedSkills).toEqual(['Go']);
    expect(fit.missingSkills).toEqual(expect.arrayContaining(['Kafka', 'Terraform']));
    expect(fit.reasons.some((r) => r.startsWith('Not on your resume:'))).toBe(true);
  });

  it('does not count a skill every posting asks for (communication) as missing', () => {
    const { fit, score } = scoreJobOffline(job({ skills: ['Go', 'Communication'] }), profile, wants, NOW);
    expect(fit.missingSkills).toEqual([]);
    expect(score).toBe(scoreJobOffline(job({ skills: ['Go'] }), profile, wants, NOW).score);
  });

  it('drops with age: fresh beats stale, dated beats very old', () => {
    const fresh = scoreJobOffline(job({ postedAt: daysAgo(1) }), profile, wants, NOW);
    const month = scoreJobOffline(job({ postedAt: daysAgo(30) }), profile, wants, NOW);
    const old = scoreJobOffline(job({ postedAt: daysAgo(120) }), profile, wants, NOW);
    expect(fresh.score).toBeGreaterThan(month.score);
    expect(month.score).toBeGreaterThan(old.score);
    expect(old.fit.recency.fit).toBe('poor');
  });

  it('treats unknown salary as neutral and a good salary as a plus', () => {
    const p = prefs({ ...wants, minSalary: { amount: 30, currency: 'INR', period: 'year', annual: 3_000_000 } });
    const none = scoreJobOffline(job(), profile, p, NOW);
    const good = scoreJobOffline(
      job({
        salary: {
          min: 4_000_000,
          max: 5_000_000,
          currency: 'INR',
          period: 'year',
          annualMin: 4_000_000,
          annualMax: 5_000_000,
          raw: '40-50 LPA',
        },
      }),
      profile,
      p,
      NOW,
    );
    expect(none.fit.salary.fit).toBe('unknown');
    expect(none.fit.components['salary']).toBe(2.5);
    expect(good.fit.components['salary']).toBe(5);
    expect(good.fit.salary.note).toMatch(/above your ₹30 LPA minimum/);
  });

  it('shows a salary converted into the minimum currency with the date of its rates', () => {
    const p = prefs({ ...wants, minSalary: { amount: 100_000, currency: 'USD', period: 'year', annual: 100_000 } });
    const eur = EUR_80_90K;
    const converted = scoreJobOffline(job({ salary: eur }), profile, p, NOW);
    expect(converted.fit.salary.note).toBe(
      'Pays €80k–€90k / year, below your $100k / year minimum (≈ $88k–$99k / year at rates of 2026-11-27)',
    );
    expect(converted.fit.fxDate).toBe('2026-11-27');
    const same = scoreJobOffline(job({ salary: { ...eur, currency: 'USD' } }), profile, p, NOW);
    expect(same.fit.salary.note).not.toMatch(/rates of/);
    expect(same.fit).not.toHaveProperty('fxDate');
  });

  it('rates seniority distance', () => {
    const junior = scoreJobOffline(job({ seniority: 'junior', title: 'Junior Backend Engineer' }), profile, wants, NOW);
    expect(junior.fit.seniority.fit).toBe('poor');
    expect(junior.fit.seniority.note).toBe('Junior role is below your 8 years');
    const unknown = scoreJobOffline(job({ seniority: null, title: 'Backend Engineer' }), profile, wants, NOW);
    expect(unknown.fit.seniority.fit).toBe('unknown');
    expect(unknown.score).toBeGreaterThan(junior.score);
  });

  it('prefers the wanted role over another role with the same skills', () => {
    const backend = scoreJobOffline(job(), profile, wants, NOW);
    const manager = scoreJobOffline(job({ title: 'Engineering Manager, Backend' }), profile, wants, NOW);
    expect(backend.score).toBeGreaterThan(manager.score);
    expect(manager.fit.title.fit).not.toBe('good');
  });

  it('is deterministic', () => {
    const a = scoreJobOffline(job(), profile, wants, NOW);
    const b = scoreJobOffline(job(), aProfile({ ...profile }), prefs({ ...wants }), new Date(NOW.getTime()));
    expect(b).toEqual(a);
  });

  it('stays explainable when the job names no skills', () => {
    const { fit, score } = scoreJobOffline(job({ skills: [], description: 'Great team.' }), profile, wants, NOW);
    expect(score).toBeGreaterThan(0);
    expect(fit.reasons).toContain('The posting names no skills we recognise');
  });
});

describe('titleSimilarity', () => {
  it('matches synonyms and ignores levels', () => {
    expect(titleSimilarity('Senior Software Developer', 'software engineer')).toBeGreaterThan(0.9);
    expect(titleSimilarity('Back-End Engineer (Go)', 'backend engineer')).toBeGreaterThan(0.7);
    expect(titleSimilarity('Product Designer', 'backend engineer')).toBe(0);
    expect(titleSimilarity('Engineering Manager, Backend', 'backend engineer')).toBeLessThan(0.4);
  });
});

describe('splitSections', () => {
  it('separates requirements from nice-to-haves and benefits', () => {
    const s = splitSections('About us\nWe ship.\nRequirements:\nGo and SQL\nNice to have:\nRust\nBenefits\nGym');
    expect(s.required).toBe('Go and SQL');
    expect(s.nice).toBe('Rust');
    expect(s.other).toContain('Gym');
  });
});

describe('splitSections: list items', () => {
  it('never reads a bullet as a heading', () => {
    const s = splitSections('Requirements\n- Go\n- Kafka experience\nNice to have\n- Rust');
    expect(s.required).toBe('- Go\n- Kafka experience');
    expect(s.nice).toBe('- Rust');
  });
});

describe('skill weighting', () => {
  it('counts a skill in the requirements more than one in the nice-to-haves', () => {
    const p = aProfile({ skills: ['Go'] });
    const goRequired = aJob({ skills: ['Go', 'Rust'], description: 'Requirements:\n- Go\nNice to have:\n- Rust' });
    const goNice = aJob({ skills: ['Go', 'Rust'], description: 'Requirements:\n- Rust\nNice to have:\n- Go' });
    const a = scoreJobOffline(goRequired, p, prefs(), NOW);
    const b = scoreJobOffline(goNice, p, prefs(), NOW);
    expect(a.fit.components['skills']).toBeGreaterThan(b.fit.components['skills'] ?? 0);
    expect(b.fit.missingSkills).toEqual(['Rust']);
  });

  it('counts a skill in the title most', () => {
    const p = aProfile({ skills: ['Go'] });
    const inTitle = aJob({ title: 'Go Engineer', skills: ['Go', 'Rust'], description: 'Requirements:\n- Rust' });
    const notInTitle = aJob({ title: 'Engineer', skills: ['Go', 'Rust'], description: 'Requirements:\n- Rust\n- Go' });
    expect(scoreJobOffline(inTitle, p, prefs(), NOW).fit.components['skills']).toBeGreaterThan(
      scoreJobOffline(notInTitle, p, prefs(), NOW).fit.components['skills'] ?? 0,
    );
  });
});
