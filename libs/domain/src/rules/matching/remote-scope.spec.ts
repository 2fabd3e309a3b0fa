import type { NormalisedJob, RemoteMode } from '../../models/job';
import { locationFit } from './location-fit';
import { aRawJob, prefs } from './matching.fixtures';
import { isInvalidJob, normaliseJob } from './normalise-job';

// From a board's location strings to the verdict and its label, the way a run reads them.
function job(locations: string[], workplace?: RemoteMode): NormalisedJob {
  const n = normaliseJob(aRawJob({ locations, ...(workplace ? { workplace } : {}), descriptionHtml: '<p>Go</p>' }));
  if (isInvalidJob(n)) throw new Error(n.invalid);
  return n;
}

const usRemote = prefs({ remoteScopes: ['US'], workModels: ['remote'] });
const berlin = prefs({ locations: [{ raw: 'Berlin', city: 'Berlin', country: 'DE' }], remoteScopes: ['EU'] });

describe('remote scopes by region word', () => {
  it.each([
    ['Remote - LATAM'],
    ['Remote - Latin America'],
    ['Remote, South America'],
    ['Central America - Remote'],
    ['Remote - EMEA'],
    ['Remote (APAC)'],
    ['Remote - Europe'],
    ['Remote - EU'],
    ['Remote, Canada'],
    ['Remote (Mexico)'],
  ])('%p is not kept for a person remote in the US', (location) => {
    expect(locationFit(job([location]), usRemote)).toMatchObject({ pass: false, reason: 'remote_scope' });
  });

  it.each([
    ['Remote - US'],
    ['Remote - North America'],
    ['Remote (Americas)'],
    ['US or Canada (Remote)'],
    ['Anywhere'],
  ])('%p is kept for a person remote in the US', (location) => {
    expect(locationFit(job([location]), usRemote).pass).toBe(true);
  });

  it('keeps Europe-wide and EMEA remote jobs for a person in Berlin open to the EU, not LATAM or US ones', () => {
    expect(locationFit(job(['Remote - Europe']), berlin).pass).toBe(true);
    expect(locationFit(job(['Remote - EMEA']), berlin).pass).toBe(true);
    expect(locationFit(job(['Remote - LATAM']), berlin).pass).toBe(false);
    expect(locationFit(job(['Remote (United States)']), berlin).pass).toBe(false);
  });
});

describe('"anywhere" within a place', () => {
  it('reads "Anywhere in France, Belgium, Spain" as those countries, not the world', () => {
    const j = job(['Anywhere in France, Belgium, Spain']);
    expect(j.remoteScope).toEqual(['FR', 'BE', 'ES']);
    expect(locationFit(j, usRemote)).toMatchObject({ pass: false, note: 'Remote only within France, Belgium, Spain' });
  });

  it('reads "Europe - Anywhere" as Europe and a bare "Global" or "Remote - Anywhere" as the world', () => {
    expect(job(['Europe - Anywhere']).remoteScope).toEqual(['EUROPE']);
    expect(job(['Global']).remoteScope).toEqual(['WORLD']);
    expect(job(['Remote - Anywhere']).remoteScope).toEqual(['WORLD']);
  });

  it('reads "Anywhere in the US" as the US (the article is no city) and "Anywhere in the world" as the world', () => {
    const us = job(['Remote - Anywhere in the US']);
    expect(us.remoteScope).toEqual(['US']);
    expect(us.locationLabel).toBe('Remote (United States)');
    expect(job(['Anywhere in the world'])).toMatchObject({ remoteScope: ['WORLD'], locationLabel: 'Remote worldwide' });
    // "The" that is part of a name stays.
    expect(job(['The Hague, Netherlands']).places[0]).toMatchObject({ city: 'The Hague', country: 'NL' });
  });

  it('keeps a worldwide alternative beside an office: "San Francisco (Hybrid) OR Remote-Global"', () => {
    expect(job(['San Francisco, CA (Hybrid) OR Remote-Global']).remoteScope).toEqual(['WORLD']);
  });
});

describe('remote jobs listed at a place without a stated scope', () => {
  it('holds "Remote (Bogotá, Colombia)" to the person\'s scope: not kept for a US-remote person', () => {
    const j = job(['Bogotá, Colombia'], 'remote');
    expect(j.remoteScope).toEqual([]);
    const v = locationFit(j, usRemote);
    expect(v).toMatchObject({ pass: false, reason: 'remote_scope' });
    expect(v.note).toContain('Bogotá, Colombia');
  });

  it("keeps one listed in the person's country, explained by the places its label shows", () => {
    const j = job(['New York, NY'], 'remote');
    const v = locationFit(j, usRemote);
    expect(v).toMatchObject({ pass: true, kind: 'in_scope' });
    expect(j.locationLabel).toContain('New York');
    expect(v.note).toContain('New York');
  });

  it('stays unknown when the person gave no scope', () => {
    expect(locationFit(job(['Paris, France'], 'remote'), prefs({ workModels: ['remote'] }))).toMatchObject({
      pass: true,
      kind: 'unfiltered',
    });
  });
});

describe('labels and reasons use the same scope', () => {
  it.each([
    ['Remote (United States)', 'United States'],
    ['Remote - US', 'United States'],
    ['Remote - Latin America', 'Latin America'],
    ['Remote, Canada', 'Canada'],
  ])('%p is never explained as worldwide', (location, scope) => {
    const j = job([location]);
    const v = locationFit(j, usRemote);
    expect(v.note).not.toMatch(/worldwide/i);
    expect(v.note).toContain(scope);
    expect(j.locationLabel).not.toMatch(/worldwide/i);
  });

  it('labels a job open worldwide as worldwide, also when it lists an office', () => {
    const j = job(['San Francisco, CA (Hybrid) OR Remote-Global']);
    expect(j.locationLabel).toMatch(/^Remote worldwide/);
    expect(locationFit(j, usRemote).note).toBe('Remote worldwide');
    expect(job(['Anywhere']).locationLabel).toBe('Remote worldwide');
  });
});

describe('location strings with extra words', () => {
  it.each([
    ['US Fully Remote / NYC Hybrid Available', ['US']],
    ['Remote (EU/UK)', ['EU', 'GB']],
    ['100% Remote - Germany', ['DE']],
    ['Full-time Remote (US)', ['US']],
    ['Remote, US/Canada', ['US', 'CA']],
  ])('%p is remote within %j', (location, scope) => {
    const j = job([location as string]);
    expect(j.remote).toBe('remote');
    expect(j.remoteScope).toEqual(scope);
    expect(j.places.every((p) => !p.city || /New York/.test(p.city))).toBe(true);
  });

  it('splits places joined by a bare slash only when each side is a place on its own', () => {
    expect(job(['San Francisco/New York']).places.map((p) => p.city)).toEqual(['San Francisco', 'New York']);
    expect(job(['Remote/Anywhere']).remoteScope).toEqual(['WORLD']);
  });
});
