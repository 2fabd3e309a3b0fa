import { DROP_REASONS, applyHardFilters, filterJob, headDropReason, titleDropReason } from './hard-filters';
import { buildRoleGate } from './role-gate';
import { realCatalog } from './occupations.fixtures';
import { NOW, PLACES, aJob, daysAgo, prefs } from './matching.fixtures';
import type { NormalisedJob, Salary } from '../../models/job';

function salary(over: Partial<Salary>): Salary {
  return { min: null, max: null, currency: 'USD', period: 'year', annualMin: null, annualMax: null, raw: '', ...over };
}

describe('filterJob: exclusions', () => {
  it('drops excluded companies, ignoring case and legal suffixes, as whole words', () => {
    const p = prefs({ excludedCompanies: ['acme inc', 'Meta'] });
    expect(filterJob(aJob({ company: 'ACME' }), p, NOW)).toBe('excluded_company');
    expect(filterJob(aJob({ company: 'Meta Platforms' }), p, NOW)).toBe('excluded_company');
    expect(filterJob(aJob({ company: 'Metabase' }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ company: 'Acmeify' }), p, NOW)).toBeNull();
  });

  it('drops excluded titles as whole words', () => {
    const p = prefs({ excludedTitles: ['manager', 'sales'] });
    expect(filterJob(aJob({ title: 'Engineering Manager' }), p, NOW)).toBe('excluded_title');
    expect(filterJob(aJob({ title: 'Sales Engineer' }), p, NOW)).toBe('excluded_title');
    expect(filterJob(aJob({ title: 'Salesforce Developer' }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ title: 'Backend Engineer' }), p, NOW)).toBeNull();
  });
});

describe('filterJob: excluded industries', () => {
  const p = prefs({ excludedIndustries: ['crypto'] });

  it('drops by the company declared industries', () => {
    expect(filterJob(aJob(), p, NOW, ['Cryptocurrency', 'Fintech'])).toBe('excluded_industry');
    expect(filterJob(aJob(), p, NOW, ['Blockchain'])).toBe('excluded_industry');
    expect(filterJob(aJob(), p, NOW, ['Fintech'])).toBeNull();
    expect(filterJob(aJob(), p, NOW, ['Cryptography', 'Security'])).toBeNull();
  });

  it('drops by clear signals in the title or the description', () => {
    expect(filterJob(aJob({ title: 'Smart Contract Engineer' }), p, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob({ title: 'Backend Engineer, Web3' }), p, NOW)).toBe('excluded_industry');
    const defi = 'We are building the leading DeFi protocol. You will write smart contracts in Solidity.';
    expect(filterJob(aJob({ description: defi }), p, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob({ description: 'Join our NFT marketplace team. NFT drops weekly.' }), p, NOW)).toBe(
      'excluded_industry',
    );
  });

  it('keeps cryptography and security jobs, and a single passing mention', () => {
    const crypt = aJob({
      title: 'Cryptography Engineer',
      description: 'Implement cryptographic protocols and post-quantum cryptography for our security products.',
    });
    expect(filterJob(crypt, p, NOW, ['Computer Security'])).toBeNull();
    const passing = aJob({ description: 'Unlike the blockchain hype, we ship boring, reliable payroll software.' });
    expect(filterJob(passing, p, NOW)).toBeNull();
  });

  it('uses the word itself for an industry it has no table for', () => {
    const q = prefs({ excludedIndustries: ['agriculture'] });
    expect(filterJob(aJob(), q, NOW, ['Agriculture'])).toBe('excluded_industry');
    expect(filterJob(aJob({ title: 'Agriculture Data Analyst' }), q, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob(), q, NOW, ['Healthcare'])).toBeNull();
  });

  it('drops insurance by the industry, the title or the company name, not by insurance as a benefit', () => {
    const q = prefs({ excludedIndustries: ['insurance'] });
    expect(filterJob(aJob(), q, NOW, ['Insurance'])).toBe('excluded_industry');
    expect(filterJob(aJob({ title: 'Insurance Claims Analyst' }), q, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob({ company: 'Lakeside Insurance' }), q, NOW)).toBe('excluded_industry');
    const benefits = aJob({ description: 'Benefits: health insurance, dental insurance and life insurance.' });
    expect(filterJob(benefits, q, NOW, ['Healthcare'])).toBeNull();
  });

  it('drops a recruitment agency posting, not an employer that turns agencies away', () => {
    const q = prefs({ excludedIndustries: ['staffing'] });
    const agency = aJob({
      company: 'TalentBridge',
      description: 'We are a recruitment agency hiring for our client, a fast-growing SaaS company in Berlin.',
    });
    expect(filterJob(agency, q, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob({ company: 'Hays Recruitment' }), q, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob(), q, NOW, ['Staffing and Recruiting'])).toBe('excluded_industry');
    const employer = aJob({
      description:
        'We do not accept CVs from recruitment agencies or staffing agencies. We build software for our clients.',
    });
    expect(filterJob(employer, q, NOW, ['Software'])).toBeNull();
  });

  it('tells fintech from a payments job at a retailer', () => {
    const q = prefs({ excludedIndustries: ['fintech'] });
    const retailer = aJob({
      title: 'Payments Engineer',
      description: 'Our stores and online shop take millions of card payments. Own the payments platform.',
    });
    expect(filterJob(retailer, q, NOW, ['Retail'])).toBeNull();
    expect(filterJob(aJob(), q, NOW, ['Fintech'])).toBe('excluded_industry');
    const neobank = aJob({ description: 'We are a neobank. Our fintech app serves 5 million customers.' });
    expect(filterJob(neobank, q, NOW)).toBe('excluded_industry');
  });

  it.each([
    ['healthcare', ['HealthTech'], 'Telehealth for rural clinics; our clinicians see 1,000 patients a day.'],
    ['pharma', ['Biopharma'], 'We run clinical trials for drug discovery partners.'],
    ['edtech', ['Education'], 'Our online learning platform helps teachers and learners.'],
    ['gaming', ['Video Games'], 'Work on gameplay systems in Unreal Engine for our next video game.'],
    ['e-commerce', ['E-commerce'], 'Build the online store our shoppers use every day.'],
    ['consulting', ['IT Services'], 'Join our consultancy: client engagements across Europe, as a consulting firm.'],
    ['government', ['Public Sector'], 'We build software for government agencies and the public sector.'],
    ['telecom', ['Telecommunications'], 'A telco and mobile network operator serving 20 countries.'],
    ['automotive', ['Automotive'], 'A carmaker building ADAS for the next generation of vehicles.'],
    ['real estate', ['Real Estate'], 'Our proptech platform helps landlords and homebuyers in real estate.'],
    ['social media', ['Social Media'], 'A social network for content creators and influencers.'],
    ['banking', ['Banking'], 'A global investment bank; join our corporate banking technology team.'],
  ])('knows the %s industry by declared industries and by job text', (industry, declared, description) => {
    const q = prefs({ excludedIndustries: [industry] });
    expect(filterJob(aJob(), q, NOW, declared)).toBe('excluded_industry');
    expect(filterJob(aJob({ description }), q, NOW)).toBe('excluded_industry');
    expect(filterJob(aJob(), q, NOW, ['Developer Tools'])).toBeNull();
  });

  it('does not drop defense on an equal-opportunity statement', () => {
    const q = prefs({ excludedIndustries: ['defense'] });
    const eeo = 'We do not discriminate on the basis of military status. Military veterans welcome.';
    expect(filterJob(aJob({ description: eeo }), q, NOW)).toBeNull();
    expect(filterJob(aJob({ title: 'Missile Guidance Engineer' }), q, NOW)).toBe('excluded_industry');
  });
});

describe('filterJob: seniority', () => {
  const p = prefs({ seniorityMin: 'mid', seniorityMax: 'senior' });
  it('drops outside the range and keeps inside it', () => {
    expect(filterJob(aJob({ seniority: 'junior' }), p, NOW)).toBe('seniority');
    expect(filterJob(aJob({ seniority: 'principal' }), p, NOW)).toBe('seniority');
    expect(filterJob(aJob({ seniority: 'mid' }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ seniority: 'senior' }), p, NOW)).toBeNull();
  });
  it('lets unknown seniority pass and treats a missing bound as open', () => {
    expect(filterJob(aJob({ seniority: null }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ seniority: 'executive' }), prefs({ seniorityMin: 'senior' }), NOW)).toBeNull();
    expect(filterJob(aJob({ seniority: 'intern' }), prefs({ seniorityMin: 'senior' }), NOW)).toBe('seniority');
  });
});

describe('filterJob: recency', () => {
  it('drops jobs older than maxAgeDays', () => {
    const p = prefs({ maxAgeDays: 30 });
    expect(filterJob(aJob({ postedAt: daysAgo(45) }), p, NOW)).toBe('stale');
    expect(filterJob(aJob({ postedAt: daysAgo(10) }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ postedAt: daysAgo(400) }), prefs({ maxAgeDays: null }), NOW)).toBeNull();
  });

  it('drops undated jobs only when recency is strict', () => {
    const undated = aJob({ postedAt: null, dateSource: 'unknown' });
    expect(filterJob(undated, prefs({ maxAgeDays: 30, strictRecency: true }), NOW)).toBe('undated');
    expect(filterJob(undated, prefs({ maxAgeDays: 30, strictRecency: false }), NOW)).toBeNull();
  });

  it('counts kept undated jobs', () => {
    const jobs = [aJob({ postedAt: null }), aJob({ postedAt: daysAgo(1) }), aJob({ postedAt: daysAgo(90) })];
    const out = applyHardFilters(jobs, prefs({ maxAgeDays: 30 }), NOW);
    expect(out.kept).toHaveLength(2);
    expect(out.undatedKept).toBe(1);
    expect(out.dropped.stale).toBe(1);
    const strict = applyHardFilters(jobs, prefs({ maxAgeDays: 30, strictRecency: true }), NOW);
    expect(strict.dropped.undated).toBe(1);
    expect(strict.undatedKept).toBe(0);
  });
});

describe('filterJob: salary', () => {
  const lpa30 = prefs({ minSalary: { amount: 30, currency: 'INR', period: 'year', annual: 3_000_000 } });

  it('drops an INR salary whose annual max is below a minimum given in LPA', () => {
    const low = aJob({
      salary: salary({ currency: 'INR', min: 1_800_000, max: 2_500_000, annualMin: 1_800_000, annualMax: 2_500_000 }),
    });
    const high = aJob({
      salary: salary({ currency: 'INR', min: 2_800_000, max: 4_000_000, annualMin: 2_800_000, annualMax: 4_000_000 }),
    });
    expect(filterJob(low, lpa30, NOW)).toBe('salary');
    expect(filterJob(high, lpa30, NOW)).toBeNull();
  });

  it('annualises monthly amounts when annual fields are missing', () => {
    const monthly = aJob({ salary: salary({ currency: 'INR', min: 150_000, max: 200_000, period: 'month' }) });
    expect(filterJob(monthly, lpa30, NOW)).toBe('salary');
  });

  it('lets unknown salary pass', () => {
    expect(filterJob(aJob(), lpa30, NOW)).toBeNull();
    expect(filterJob(aJob({ salary: salary({ raw: 'competitive' }) }), lpa30, NOW)).toBeNull();
  });

  it('converts another currency with the fixed table, with slack', () => {
    const usd = prefs({ minSalary: { amount: 100_000, currency: 'USD', period: 'year', annual: 100_000 } });
    const eur60k = aJob({ salary: salary({ currency: 'EUR', max: 60_000, annualMax: 60_000 }) });
    const eur88k = aJob({ salary: salary({ currency: 'EUR', max: 88_000, annualMax: 88_000 }) });
    expect(filterJob(eur60k, usd, NOW)).toBe('salary');
    expect(filterJob(eur88k, usd, NOW)).toBeNull();
    const zzz = aJob({ salary: salary({ currency: 'ZZZ', max: 1, annualMax: 1 }) });
    expect(filterJob(zzz, usd, NOW)).toBeNull();
  });
});

describe('filterJob: employment type and visa', () => {
  it('drops other employment types and keeps unknown ones', () => {
    const p = prefs({ employmentTypes: ['full-time'] });
    expect(filterJob(aJob({ employmentType: 'Contract' }), p, NOW)).toBe('employment_type');
    expect(filterJob(aJob({ employmentType: 'Internship' }), p, NOW)).toBe('employment_type');
    expect(filterJob(aJob({ employmentType: 'FULL_TIME' }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ employmentType: 'Permanent' }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ employmentType: undefined }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ employmentType: 'Contract' }), prefs(), NOW)).toBeNull();
  });

  it('reads the employment type from the text when the board gives none', () => {
    const p = prefs({ employmentTypes: ['full-time'] });
    const contract = aJob({ description: 'This is a 6-month contract, fully remote.' });
    const negotiates = aJob({ title: 'Procurement Lead', description: 'Lead contract negotiation with vendors.' });
    expect(filterJob(contract, p, NOW)).toBe('employment_type');
    expect(filterJob(contract, prefs({ employmentTypes: ['contract'] }), NOW)).toBeNull();
    expect(filterJob(aJob({ title: 'Designer (Part-time)' }), p, NOW)).toBe('employment_type');
    expect(filterJob(negotiates, p, NOW)).toBeNull();
    expect(filterJob({ ...contract, employmentType: 'Full-time' }, p, NOW)).toBeNull();
  });

  it('drops jobs that rule out sponsorship only for people who need it', () => {
    const needs = prefs({ needsVisaSponsorship: true });
    const no = aJob({ description: 'Please note: we are unable to sponsor work visas for this role.' });
    const authorised = aJob({ description: 'You must be authorized to work in the US without sponsorship.' });
    const offers = aJob({ description: 'We offer visa sponsorship and relocation support.' });
    expect(filterJob(no, needs, NOW)).toBe('visa');
    expect(filterJob(authorised, needs, NOW)).toBe('visa');
    expect(filterJob(offers, needs, NOW)).toBeNull();
    expect(filterJob(no, prefs(), NOW)).toBeNull();
  });
});

describe('applyHardFilters', () => {
  it('counts every drop under its reason and keeps order', () => {
    const jobs = [
      aJob({ externalId: '1', company: 'Evil Corp' }),
      aJob({ externalId: '2' }),
      aJob({ externalId: '3', seniority: 'intern' }),
      aJob({ externalId: '4', company: 'Coinz' }),
      aJob({ externalId: '5' }),
    ];
    const out = applyHardFilters(
      jobs,
      prefs({ excludedCompanies: ['evil corp'], seniorityMin: 'mid', excludedIndustries: ['crypto'] }),
      NOW,
      { 'COINZ Inc.': ['Crypto'] },
    );
    expect(out.kept.map((j) => j.externalId)).toEqual(['2', '5']);
    expect(out.dropped).toMatchObject({ excluded_company: 1, seniority: 1, excluded_industry: 1, location: 0 });
  });

  it('keeps a job when nothing is configured', () => {
    expect(applyHardFilters([aJob({ places: [], remote: 'unknown', postedAt: null })], prefs(), NOW).kept).toHaveLength(
      1,
    );
  });
});

describe('fixtures', () => {
  it('are valid places', () => expect(PLACES.berlin.country).toBe('DE'));
});

describe('filterJob and applyHardFilters: the kind of work', () => {
  const gate = buildRoleGate(realCatalog(), ['backend engineer'], ['engineering manager']);

  it('drops other professions as role and excluded roles as excluded_role, before place or pay', () => {
    const far = { places: [PLACES.toronto], locationLabel: 'Toronto, Canada' };
    const p = prefs({ locations: [PLACES.berlin] });
    expect(filterJob(aJob({ title: 'Videographer', ...far }), p, NOW, [], gate)).toBe('role');
    expect(filterJob(aJob({ title: 'Engineering Manager', ...far }), p, NOW, [], gate)).toBe('excluded_role');
    expect(filterJob(aJob({ title: 'Senior Backend Engineer', ...far }), p, NOW, [], gate)).toBe('location');
    expect(filterJob(aJob({ title: 'Senior Backend Engineer' }), p, NOW, [], gate)).toBeNull();
  });

  it('gives, from a job head, the reason filterJob gives, and nothing for checks that read the description', () => {
    const far = { places: [PLACES.toronto], locationLabel: 'Toronto, Canada' };
    const p = prefs({
      locations: [PLACES.berlin],
      excludedCompanies: ['Evil Corp'],
      excludedTitles: ['payments'],
      seniorityMax: 'senior',
    });
    const jobs = [
      aJob({ title: 'Videographer', ...far }),
      aJob({ title: 'Engineering Manager' }),
      aJob({ title: 'Backend Engineer, Payments' }),
      aJob({ title: 'Backend Engineer', company: 'Evil Corp' }),
      aJob({ title: 'Senior Backend Engineer', ...far }),
      aJob({ title: 'Principal Backend Engineer', seniority: 'principal' }),
      aJob({ title: 'Backend Engineer', salary: undefined }),
    ];
    const placed = jobs.map((j) => headDropReason(j, p, gate));
    expect(placed).toEqual([
      'role',
      'excluded_role',
      'excluded_title',
      'excluded_company',
      'location',
      'seniority',
      null,
    ]);
    jobs.forEach((j, i) => placed[i] && expect(filterJob(j, p, NOW, [], gate)).toBe(placed[i]));
    // Without a stated work model the description may still move the job: only the title checks judge.
    const unplaced = jobs.map((j) => headDropReason({ ...j, remote: 'unknown' }, p, gate));
    expect(unplaced).toEqual(['role', 'excluded_role', 'excluded_title', 'excluded_company', null, null, null]);
    // Excluded industries read the description before the place: the head leaves the place to the full check.
    const industries = prefs({ ...p, excludedIndustries: ['crypto'] });
    expect(headDropReason(jobs[4] as NormalisedJob, industries, gate)).toBeNull();
    expect(headDropReason(aJob({ title: 'Videographer' }), prefs())).toBeNull();
  });

  it('drops on the title and company alone what the head and the full check drop first, and nothing more', () => {
    const far = { places: [PLACES.toronto], locationLabel: 'Toronto, Canada' };
    const p = prefs({ locations: [PLACES.berlin], excludedCompanies: ['Evil Corp'], excludedTitles: ['payments'] });
    const jobs = [
      aJob({ title: 'Videographer', ...far }),
      aJob({ title: 'Engineering Manager' }),
      aJob({ title: 'Backend Engineer, Payments' }),
      aJob({ title: 'Backend Engineer', company: 'Evil Corp' }),
      aJob({ title: 'Senior Backend Engineer', ...far }),
      aJob({ title: 'Backend Engineer' }),
    ];
    const byTitle = jobs.map((j) => titleDropReason(j, p, gate));
    expect(byTitle).toEqual(['role', 'excluded_role', 'excluded_title', 'excluded_company', null, null]);
    jobs.forEach((j, i) => {
      const reason = byTitle[i];
      if (reason) {
        expect(headDropReason(j, p, gate)).toBe(reason);
        expect(headDropReason({ ...j, remote: 'unknown' }, p, gate)).toBe(reason);
        expect(filterJob(j, p, NOW, [], gate)).toBe(reason);
      }
    });
    // A place the head drops is not a title reason: its details may still be worth reading.
    expect(headDropReason(jobs[4] as NormalisedJob, p, gate)).toBe('location');
    expect(titleDropReason(aJob({ title: 'Videographer' }), p)).toBeNull();
  });

  it('judges no kind of work without a gate', () => {
    expect(filterJob(aJob({ title: 'Videographer' }), prefs(), NOW)).toBeNull();
  });

  it('keeps excluded titles working beside excluded roles', () => {
    const p = prefs({ excludedTitles: ['payments'] });
    expect(filterJob(aJob({ title: 'Backend Engineer, Payments' }), p, NOW, [], gate)).toBe('excluded_title');
  });

  it('counts role drops like the others and lists each dropped job with its reason', () => {
    const jobs = [
      aJob({ id: '1', title: 'Backend Engineer' }),
      aJob({ id: '2', title: 'Account Executive' }),
      aJob({ id: '3', title: 'Engineering Manager' }),
    ];
    const out = applyHardFilters(jobs, prefs(), NOW, {}, gate);
    expect(out.kept.map((j) => j.id)).toEqual(['1']);
    expect(out.dropped).toMatchObject({ role: 1, excluded_role: 1 });
    expect(out.droppedJobs.map((d) => [d.job.id, d.reason])).toEqual([
      ['2', 'role'],
      ['3', 'excluded_role'],
    ]);
    expect(DROP_REASONS).toEqual(expect.arrayContaining(['role', 'excluded_role']));
  });
});
