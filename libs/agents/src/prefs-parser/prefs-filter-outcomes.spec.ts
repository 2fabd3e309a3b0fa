import {
  type CandidateProfile,
  type DropReason,
  filterJob,
  type NormalisedJob,
  normalisePlace,
  type Place,
  type RemoteMode,
} from '@job-hunter/domain';
import { enrichFromProfile } from './prefs-enrich';
import { prefsFromText } from './prefs-text.rules';

// Parsed preferences must drive the hard filters to the outcomes a person would expect.
const NOW = new Date('2025-06-15T12:00:00Z');
const DEMO =
  'Senior or staff backend or platform engineering roles. I live in Bengaluru: open to hybrid or onsite in Bengaluru, ' +
  'or remote within India; remote roles open worldwide are fine too. Minimum 45 LPA. Only jobs posted in the last 60 days. ' +
  'Not interested in crypto or web3 companies. Full-time only.';

const BENGALURU: Place = { raw: 'Bengaluru, India', city: 'Bengaluru', country: 'IN', region: 'Karnataka' };
const PUNE: Place = { raw: 'Pune, India', city: 'Pune', country: 'IN' };
const BERLIN: Place = { raw: 'Berlin, Germany', city: 'Berlin', country: 'DE' };

function job(label: string, remote: RemoteMode, places: Place[], remoteScope: string[] = []): NormalisedJob {
  return {
    id: `acme/senior-backend-engineer/${label}`,
    ats: 'greenhouse',
    company: 'Acme',
    externalId: label,
    title: 'Senior Backend Engineer',
    url: `https://boards.greenhouse.io/acme/jobs/${encodeURIComponent(label)}`,
    description: 'We build payments infrastructure in Go.',
    places,
    locationLabel: label,
    remote,
    remoteScope,
    seniority: 'senior',
    postedAt: new Date(NOW.getTime() - 5 * 86_400_000).toISOString(),
    dateSource: 'exact',
    skills: ['Go'],
  };
}

const JOBS: [string, DropReason | null, NormalisedJob][] = [
  ['Remote - US only', 'remote_scope', job('Remote - US only', 'remote', [{ raw: 'US', country: 'US' }], ['US'])],
  [
    'Remote (Europe)',
    'remote_scope',
    job('Remote (Europe)', 'remote', [{ raw: 'Europe', region: 'EUROPE' }], ['EUROPE']),
  ],
  ['Remote, Worldwide', null, job('Remote, Worldwide', 'remote', [], ['WORLD'])],
  ['Anywhere', null, job('Anywhere', 'remote', [], ['WORLD'])],
  ['Remote - India', null, job('Remote - India', 'remote', [{ raw: 'India', country: 'IN' }], ['IN'])],
  ['Berlin, on site', 'location', job('Berlin', 'onsite', [BERLIN])],
  ['Pune, on site', 'location', job('Pune', 'onsite', [PUNE])],
  ['Bengaluru, hybrid', null, job('Bengaluru', 'hybrid', [BENGALURU])],
];

function profile(location?: Place): CandidateProfile {
  return {
    location,
    titles: ['Senior Backend Engineer'],
    skills: ['Go'],
    yearsExperience: 8,
    seniority: 'senior',
    education: [],
    text: '',
  };
}

describe('demo preferences through the hard filters', () => {
  const prefs = enrichFromProfile(prefsFromText(DEMO), profile(BENGALURU));

  it('says the person works remotely from India, not from anywhere', () => {
    expect(prefs.remoteScopes).toEqual(['IN']);
    expect(prefs.locations).toMatchObject([{ city: 'Bengaluru', country: 'IN' }]);
  });

  it.each(JOBS)('%s → %p', (_label, reason, j) => {
    expect(filterJob(j, prefs, NOW)).toBe(reason);
  });
});

describe('"remote anywhere is fine" with no place in the text', () => {
  const text = 'Senior backend engineer, remote anywhere is fine.';
  const usOnly = JOBS[0]?.[2] as NormalisedJob;
  const worldwide = JOBS[2]?.[2] as NormalisedJob;

  it('takes the home country from the resume', () => {
    const prefs = enrichFromProfile(prefsFromText(text), profile(BENGALURU));
    expect(prefs.remoteScopes).toEqual(['IN']);
    expect(filterJob(usOnly, prefs, NOW)).toBe('remote_scope');
    expect(filterJob(worldwide, prefs, NOW)).toBeNull();
  });

  it('keeps WORLD only when nothing says where the person is', () => {
    const prefs = enrichFromProfile(prefsFromText(text), profile());
    expect(prefs.remoteScopes).toEqual(['WORLD']);
    expect(filterJob(usOnly, prefs, NOW)).toBeNull();
  });
});

describe('"remote or onsite anywhere in the world"', () => {
  it('keeps WORLD with a home known from the resume: who would move anywhere takes a remote job anywhere', () => {
    const text = 'Software engineer roles, remote or onsite anywhere in the world.';
    const prefs = enrichFromProfile(prefsFromText(text), profile(BENGALURU));
    expect(prefs.remoteScopes).toEqual(['WORLD']);
    expect(filterJob(JOBS[0]?.[2] as NormalisedJob, prefs, NOW)).toBeNull();
  });
});

describe('remote-only preferences with a home known only from the resume', () => {
  it('limit remote jobs to the home country', () => {
    const prefs = enrichFromProfile(prefsFromText('Backend engineer, remote only'), profile(PUNE));
    expect(prefs.remoteScopes).toEqual(['IN']);
    expect(prefs.locations).toEqual([]);
    expect(filterJob(JOBS[0]?.[2] as NormalisedJob, prefs, NOW)).toBe('remote_scope');
    expect(filterJob(JOBS[4]?.[2] as NormalisedJob, prefs, NOW)).toBeNull();
    expect(filterJob(JOBS[7]?.[2] as NormalisedJob, prefs, NOW)).toBe('work_model');
  });
});

describe('metro areas through the hard filters', () => {
  const prefs = prefsFromText('frontend engineer in NYC or SF Bay Area, on-site or hybrid');
  const at = (where: string) => job(where, 'onsite', [normalisePlace(where)]);

  it.each(['Mountain View, CA', 'Menlo Park, CA', 'San Jose, CA', 'Oakland, CA', 'Jersey City, NJ', 'Brooklyn, NY'])(
    'keeps a job in %s',
    (where) => {
      expect(filterJob(at(where), prefs, NOW)).toBeNull();
    },
  );

  it.each(['Los Angeles, CA', 'Boston, MA', 'Berlin, Germany'])('drops a job in %s', (where) => {
    expect(filterJob(at(where), prefs, NOW)).toBe('location');
  });

  it('matches a job labelled with the area to a city inside it', () => {
    const gurgaon = prefsFromText('Data analyst in Gurgaon');
    expect(filterJob(at('Delhi NCR'), gurgaon, NOW)).toBeNull();
    const ncr = prefsFromText('Data analyst in Delhi NCR');
    expect(filterJob(at('Gurugram, Haryana'), ncr, NOW)).toBeNull();
    expect(filterJob(at('Noida'), ncr, NOW)).toBeNull();
    expect(filterJob(at('Pune'), ncr, NOW)).toBe('location');
  });
});

describe('accepted work models through the hard filters', () => {
  const munichOnsite = job('Munich', 'onsite', [{ raw: 'Munich, Germany', city: 'Munich', country: 'DE' }]);

  it.each(['hybrid ok', 'hybrid is fine', 'prefer hybrid', 'open to hybrid'])(
    '"Frontend engineer in Munich, %s" keeps an on-site Munich job',
    (phrase) => {
      expect(filterJob(munichOnsite, prefsFromText(`Frontend engineer in Munich, ${phrase}`), NOW)).toBeNull();
    },
  );

  it.each(['hybrid only', 'no on-site'])('"Frontend engineer in Munich, %s" drops it', (phrase) => {
    expect(filterJob(munichOnsite, prefsFromText(`Frontend engineer in Munich, ${phrase}`), NOW)).toBe('work_model');
  });
});

describe('pay written without a currency', () => {
  const low = (currency: string) => ({
    ...job('Bengaluru', 'onsite', [BENGALURU]),
    salary: { min: 20000, max: 30000, currency, period: 'year' as const, annualMin: 20000, annualMax: 30000, raw: '' },
  });

  it('takes the home currency from the resume when the text names no place', () => {
    const prefs = enrichFromProfile(prefsFromText('Senior backend engineer, minimum 90k'), profile(BERLIN));
    expect(prefs.minSalary).toMatchObject({ amount: 90000, currency: 'EUR' });
    expect(filterJob({ ...low('EUR'), places: [BERLIN] }, prefs, NOW)).toBe('salary');
  });

  it('stays unset when neither the text nor the resume says where', () => {
    expect(enrichFromProfile(prefsFromText('Senior backend engineer, minimum 90k'), profile()).minSalary).toBeNull();
  });

  it('prefers the places named in the text over the resume home', () => {
    const prefs = enrichFromProfile(prefsFromText('Backend engineer in Bengaluru, 40 LPA+'), profile(BERLIN));
    expect(prefs.minSalary).toMatchObject({ currency: 'INR' });
  });
});

describe('staffing agencies through the hard filters', () => {
  it('drops an agency posting for "no agencies"', () => {
    const prefs = prefsFromText('Backend engineer in Bengaluru. No recruitment agencies.');
    const agency = {
      ...job('Bengaluru', 'onsite', [BENGALURU]),
      description: 'We are a recruitment agency hiring for our client, a Series B fintech.',
    };
    expect(filterJob(agency, prefs, NOW)).toBe('excluded_industry');
    expect(filterJob(job('Bengaluru', 'onsite', [BENGALURU]), prefs, NOW)).toBeNull();
  });
});
