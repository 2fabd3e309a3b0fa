import {
  type CandidateProfile,
  type DropReason,
  filterJob,
  type NormalisedJob,
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
