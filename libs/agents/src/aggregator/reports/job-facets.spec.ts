import type { ResultJob } from '@job-hunter/domain';
import { ANYWHERE_REMOTE, annualPayUsd, facetAttributes, jobFacets, placeLabels } from './job-facets';

const job = (over: Partial<ResultJob>): ResultJob => ({
  rank: 1,
  jobKey: 'k1',
  score: 88,
  title: 'Staff Backend Engineer',
  company: 'Acme',
  location: 'Bengaluru, India',
  remote: 'hybrid',
  postedAt: '2026-12-02T10:00:00.000Z',
  applyUrl: 'https://jobs.example.com/1',
  ats: 'lever',
  matchedSkills: [],
  missingSkills: [],
  reasons: [],
  ...over,
});

describe('the facets a job gives the page to sort and filter on', () => {
  it('read the yearly pay back from the salary label, in US dollars, to order different currencies', () => {
    const usd = annualPayUsd('$150k–$180k / year');
    const eur = annualPayUsd('€70k–€90k / year');
    const inr = annualPayUsd('₹45–60 LPA');
    const hourly = annualPayUsd('$60 / hour');
    expect(usd).toBe(180_000);
    expect([usd, hourly, eur, inr].every((n) => n !== null)).toBe(true);
    // $180k > $60/hour (about $125k a year) > €90k > ₹60 lakh.
    expect((usd ?? 0) > (hourly ?? 0) && (hourly ?? 0) > (eur ?? 0) && (eur ?? 0) > (inr ?? 0)).toBe(true);
    expect(annualPayUsd(undefined)).toBeNull();
    expect(annualPayUsd('competitive')).toBeNull();
  });

  it('name the places as the gazetteer knows them, cities with their country, and worldwide remote', () => {
    expect(placeLabels('Bengaluru, India', 'hybrid')).toEqual(['Bengaluru, India', 'India']);
    expect(placeLabels('New York, NY; San Francisco, CA', 'onsite')).toEqual([
      'New York, United States',
      'San Francisco, United States',
      'United States',
    ]);
    expect(placeLabels('Remote worldwide', 'remote')).toEqual([ANYWHERE_REMOTE]);
    expect(placeLabels('Somewhere', 'unknown')).toEqual([]);
  });

  it('carry the level the title names, the age at the run and the posting time', () => {
    const f = jobFacets(job({}), '2026-12-05T12:00:00.000Z');
    expect(f).toMatchObject({ level: 'staff', age: 3, posted: Date.parse('2026-12-02T10:00:00.000Z'), pay: null });
    expect(jobFacets(job({ title: 'Backend Engineer', postedAt: null }), '2026-12-05T12:00:00.000Z')).toMatchObject({
      level: 'unknown',
      age: null,
      posted: null,
    });
  });

  it('become escaped data-* attributes, leaving unknown ones out', () => {
    const f = jobFacets(job({ company: '"><script>x</script>', postedAt: null }), '2026-12-05T12:00:00.000Z');
    const attrs = facetAttributes(f);
    expect(attrs).toBe(
      ' data-score="88" data-company="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" data-remote="hybrid"' +
        ' data-place="Bengaluru, India|India" data-level="staff"',
    );
  });
});
