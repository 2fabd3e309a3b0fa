import { filterJob } from './hard-filters';
import { locationFit } from './location-fit';
import { NOW, PLACES, aJob, prefs } from './matching.fixtures';

const remote = (scope: string[]) => aJob({ remote: 'remote', places: [], remoteScope: scope, locationLabel: 'Remote' });

describe('location filter: remote jobs', () => {
  const india = prefs({ remoteScopes: ['IN'], workModels: ['remote'] });

  it('drops "Remote - US" for a person wanting remote in India', () => {
    expect(filterJob(remote(['US']), india, NOW)).toBe('remote_scope');
  });

  it('passes "Remote worldwide" and a remote job with unknown scope', () => {
    expect(filterJob(remote(['WORLD']), india, NOW)).toBeNull();
    expect(filterJob(remote([]), india, NOW)).toBeNull();
  });

  it('passes a remote job whose scope contains the person country, and the reverse', () => {
    expect(filterJob(remote(['IN']), india, NOW)).toBeNull();
    expect(filterJob(remote(['APAC']), india, NOW)).toBeNull();
    expect(filterJob(remote(['DE']), prefs({ remoteScopes: ['EU'] }), NOW)).toBeNull();
    expect(filterJob(remote(['US']), prefs({ remoteScopes: ['EU'] }), NOW)).toBe('remote_scope');
  });

  it('compares regions with regions', () => {
    const eu = prefs({ remoteScopes: ['EU'] });
    expect(filterJob(remote(['EMEA']), eu, NOW)).toBeNull();
    expect(filterJob(remote(['APAC']), eu, NOW)).toBe('remote_scope');
    expect(filterJob(remote(['EU']), prefs({ remoteScopes: ['EMEA'] }), NOW)).toBeNull();
  });

  it('passes "Remote EU" for a person in Berlin (scope from their locations)', () => {
    const berlin = prefs({ locations: [PLACES.berlin] });
    expect(filterJob(remote(['EU']), berlin, NOW)).toBeNull();
    expect(filterJob(remote(['US', 'CA']), berlin, NOW)).toBe('remote_scope');
  });

  it('explains the verdict', () => {
    const v = locationFit(remote(['US']), india);
    expect(v).toMatchObject({ pass: false, reason: 'remote_scope' });
    expect(v.note).toMatch(/Remote only within/);
  });
});

describe('location filter: on-site and hybrid jobs', () => {
  const berlin = prefs({ locations: [PLACES.berlin] });

  it('passes when a place matches a preferred location', () => {
    expect(filterJob(aJob({ places: [PLACES.berlin] }), berlin, NOW)).toBeNull();
    expect(filterJob(aJob({ remote: 'hybrid', places: [PLACES.munich, PLACES.berlin] }), berlin, NOW)).toBeNull();
  });

  it('drops when no place matches, and a non-remote job with no location', () => {
    expect(filterJob(aJob({ places: [PLACES.munich] }), berlin, NOW)).toBe('location');
    expect(filterJob(aJob({ places: [PLACES.nyc], remote: 'hybrid' }), berlin, NOW)).toBe('location');
    expect(filterJob(aJob({ places: [], remote: 'onsite' }), berlin, NOW)).toBe('location');
    expect(filterJob(aJob({ places: [], remote: 'unknown' }), berlin, NOW)).toBe('location');
  });

  it('does not filter when the person gave neither locations nor remote scopes', () => {
    expect(filterJob(aJob({ places: [PLACES.nyc] }), prefs(), NOW)).toBeNull();
    expect(filterJob(remote(['US']), prefs(), NOW)).toBeNull();
  });

  it('country-level preferences match any city in the country', () => {
    const inIndia = prefs({ locations: [PLACES.india] });
    expect(filterJob(aJob({ places: [PLACES.pune] }), inIndia, NOW)).toBeNull();
    expect(filterJob(aJob({ places: [PLACES.berlin] }), inIndia, NOW)).toBe('location');
  });
});

describe('location filter: work models', () => {
  it('drops on-site jobs when on-site is not accepted', () => {
    const p = prefs({ workModels: ['remote', 'hybrid'], locations: [PLACES.berlin] });
    expect(filterJob(aJob({ remote: 'onsite' }), p, NOW)).toBe('work_model');
    expect(filterJob(aJob({ remote: 'hybrid' }), p, NOW)).toBeNull();
  });

  it('lets hybrid pass for on-site people and unknown work models pass', () => {
    const p = prefs({ workModels: ['onsite'], locations: [PLACES.berlin] });
    expect(filterJob(aJob({ remote: 'hybrid' }), p, NOW)).toBeNull();
    expect(filterJob(aJob({ remote: 'unknown' }), p, NOW)).toBeNull();
    expect(filterJob(remote(['WORLD']), p, NOW)).toBe('work_model');
  });
});

describe('location filter: jobs whose work model is not stated', () => {
  const demo = prefs({
    locations: [PLACES.bengaluru],
    remoteScopes: ['IN'],
    workModels: ['onsite', 'hybrid', 'remote'],
  });
  const unknownIn = (place: (typeof PLACES)[keyof typeof PLACES]) =>
    aJob({ remote: 'unknown', places: [place], locationLabel: place.raw });

  it('drops one in another city of a country the person can work remotely from', () => {
    expect(filterJob(unknownIn(PLACES.pune), demo, NOW)).toBe('location');
    expect(locationFit(unknownIn(PLACES.pune), demo)).toMatchObject({
      pass: false,
      note: 'Based in Pune, India; work model not stated',
    });
    const remoteOnly = prefs({ workModels: ['remote'], remoteScopes: ['IN'] });
    expect(filterJob(unknownIn(PLACES.bengaluru), remoteOnly, NOW)).toBe('location');
    expect(filterJob(unknownIn(PLACES.nyc), remoteOnly, NOW)).toBe('location');
  });

  it('passes one in a preferred place, saying the work model is not stated', () => {
    expect(filterJob(unknownIn(PLACES.bengaluru), demo, NOW)).toBeNull();
    expect(locationFit(unknownIn(PLACES.bengaluru), demo)).toEqual({
      pass: true,
      kind: 'place',
      note: 'Based in Bengaluru, India; work model not stated',
    });
    expect(filterJob(unknownIn(PLACES.pune), prefs({ locations: [PLACES.india] }), NOW)).toBeNull();
  });

  it('drops one with no place at all for a person with places', () => {
    expect(locationFit(aJob({ remote: 'unknown', places: [] }), demo)).toMatchObject({
      pass: false,
      reason: 'location',
      note: 'No location given for a non-remote job',
    });
  });

  it('does not filter a person who gave no places and no remote scopes', () => {
    expect(filterJob(unknownIn(PLACES.pune), prefs(), NOW)).toBeNull();
    expect(filterJob(aJob({ remote: 'unknown', places: [] }), prefs(), NOW)).toBeNull();
    expect(filterJob(unknownIn(PLACES.nyc), prefs({ workModels: ['remote'] }), NOW)).toBeNull();
  });
});
