import { dedupeJobs, dedupeKey, exactKey } from './dedupe';
import { PLACES, aJob, daysAgo } from './matching.fixtures';

describe('dedupeKey', () => {
  it('ignores case, punctuation, accents and legal suffixes', () => {
    const a = dedupeKey(aJob({ company: 'Acme, Inc.', title: 'Sr. Backend Engineer' }));
    const b = dedupeKey(aJob({ company: 'ACME', title: 'senior backend-engineer' }));
    expect(a).toBe(b);
    expect(dedupeKey(aJob({ company: 'Zürich Labs GmbH' }))).toBe(dedupeKey(aJob({ company: 'Zurich Labs' })));
  });

  it('ignores gender tags and requisition ids in titles', () => {
    const a = dedupeKey(aJob({ title: 'Backend Engineer (m/w/d)' }));
    const b = dedupeKey(aJob({ title: 'Backend Engineer - Req ID 123456' }));
    expect(a).toBe(dedupeKey(aJob({ title: 'Backend Engineer' })));
    expect(b).toBe(a);
  });

  it('differs by primary location and by company', () => {
    const berlin = dedupeKey(aJob({ places: [PLACES.berlin] }));
    expect(dedupeKey(aJob({ places: [PLACES.munich] }))).not.toBe(berlin);
    expect(dedupeKey(aJob({ company: 'Other' }))).not.toBe(berlin);
    expect(dedupeKey(aJob({ places: [], remote: 'remote' }))).toContain('remote');
  });

  it('is stable: the same job always gives the same key', () => {
    expect(dedupeKey(aJob())).toBe(dedupeKey(aJob()));
    expect(dedupeKey(aJob())).toBe('acme/backend-engineer/berlin');
  });

  it('builds the exact key from ats, company and external id', () => {
    expect(exactKey(aJob({ ats: 'lever', externalId: 'AB-1' }))).toBe('lever:acme:ab-1');
  });
});

describe('dedupeJobs', () => {
  it('collapses a job cross-posted on two boards and keeps the more complete record', () => {
    const thin = aJob({
      ats: 'greenhouse',
      externalId: '1',
      description: 'Short.',
      postedAt: null,
      dateSource: 'unknown',
    });
    const rich = aJob({
      ats: 'lever',
      externalId: 'x-9',
      description: 'A long description. '.repeat(60),
      postedAt: daysAgo(2),
    });
    const { kept, duplicates } = dedupeJobs([thin, rich]);
    expect(duplicates).toBe(1);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.ats).toBe('lever');
  });

  it('keeps the more recent record when both are equally complete', () => {
    const older = aJob({ externalId: '1', postedAt: daysAgo(20) });
    const newer = aJob({ externalId: '2', postedAt: daysAgo(1) });
    const { kept } = dedupeJobs([older, newer]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.externalId).toBe('2');
  });

  it('fills gaps in the kept record from its duplicate', () => {
    const salary = { min: 1, max: 2, currency: 'EUR', period: 'year' as const, annualMin: 1, annualMax: 2, raw: '1-2' };
    const withText = aJob({ externalId: '1', description: 'x'.repeat(3000) });
    const withSalary = aJob({ externalId: '2', salary });
    const { kept } = dedupeJobs([withText, withSalary]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.salary).toEqual(salary);
  });

  it('keeps the same title in different cities', () => {
    const berlin = aJob({ externalId: '1' });
    const munich = aJob({ externalId: '2', places: [PLACES.munich] });
    munich.id = dedupeKey(munich);
    const { kept, duplicates } = dedupeJobs([berlin, munich]);
    expect(duplicates).toBe(0);
    expect(kept.map((j) => j.externalId)).toEqual(['1', '2']);
  });

  it('drops the same board record fetched twice even when its text changed', () => {
    const a = aJob({ externalId: '7', title: 'Backend Engineer' });
    const b = aJob({
      externalId: '7',
      id: 'acme/backend-engineer-payments/berlin',
      title: 'Backend Engineer, Payments',
    });
    expect(dedupeJobs([a, b]).duplicates).toBe(1);
  });

  it('collapses one posting carried by two boards under different company names, by its apply URL', () => {
    const url = 'https://boards.greenhouse.io/lumenpay/jobs/4001';
    const first = aJob({ company: 'Lumenpay', externalId: '4001', url, id: 'lumenpay/backend-engineer/berlin' });
    const again = aJob({
      company: 'Lumenpay Payments',
      externalId: '4001',
      url: `${url}/?gh_src=feed#apply`,
      id: 'lumenpay-payments/backend-engineer/berlin',
    });
    const other = aJob({
      company: 'Lumenpay',
      externalId: '4002',
      url: `${url.slice(0, -1)}2`,
      id: 'lumenpay/sre/berlin',
    });
    const { kept, duplicates, duplicateJobs } = dedupeJobs([first, again, other]);
    expect(duplicates).toBe(1);
    expect(kept.map((j) => [j.company, j.externalId])).toEqual([
      ['Lumenpay', '4001'],
      ['Lumenpay', '4002'],
    ]);
    expect(duplicateJobs.map((j) => j.company)).toEqual(['Lumenpay Payments']);
  });

  it('does not take a careers page one board gives to several postings for a posting', () => {
    const page = 'https://acme.com/careers';
    const jobs = [
      aJob({ externalId: '1', url: page, id: 'acme/backend-engineer/berlin' }),
      aJob({ externalId: '2', url: page, id: 'acme/data-engineer/berlin', title: 'Data Engineer' }),
      aJob({ company: 'Acme Two', externalId: '3', url: page, id: 'acme-two/designer/berlin', title: 'Designer' }),
    ];
    expect(dedupeJobs(jobs).duplicates).toBe(0);
  });

  it('keeps first-seen order', () => {
    const jobs = ['c', 'a', 'b'].map((t, i) => aJob({ id: `acme/${t}/berlin`, externalId: String(i), title: t }));
    const dup = aJob({ id: 'acme/a/berlin', externalId: '99', title: 'a', description: 'y'.repeat(4000) });
    const { kept } = dedupeJobs([...jobs, dup]);
    expect(kept.map((j) => j.title)).toEqual(['c', 'a', 'b']);
    expect(kept[1]?.externalId).toBe('99');
  });
});
