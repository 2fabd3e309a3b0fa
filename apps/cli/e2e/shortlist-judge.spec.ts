import type { PostedPlace } from './snapshot-postings';
import { canWorkThere, isJobSpecific, type PersonaPlaces } from './shortlist-judge';

const at = (place: string, remote: boolean): PostedPlace => ({ places: place.split('; '), remote });
const bengaluru: PersonaPlaces = { city: ['Bengaluru', 'Bangalore'], remoteFrom: ['India'], remoteWorldwide: true };

describe('canWorkThere', () => {
  it('takes any work model in her city, and remote jobs open to her country or to the world', () => {
    expect(canWorkThere(at('Bangalore, Karnataka', false), bengaluru)).toBe(true);
    expect(canWorkThere(at('Mumbai; Bengaluru, India', false), bengaluru)).toBe(true);
    expect(canWorkThere(at('Remote, India', true), bengaluru)).toBe(true);
    expect(canWorkThere(at('Remote, Worldwide', true), bengaluru)).toBe(true);
    expect(canWorkThere(at('Anywhere', true), bengaluru)).toBe(true);
  });

  it('refuses other cities, remote jobs closed to her, and worldwide remote when she did not say so', () => {
    expect(canWorkThere(at('Berlin, Germany', false), bengaluru)).toBe(false);
    expect(canWorkThere(at('Pune, India', false), bengaluru)).toBe(false);
    expect(canWorkThere(at('India', false), bengaluru)).toBe(false);
    expect(canWorkThere(at('Remote - US only', true), bengaluru)).toBe(false);
    expect(canWorkThere(at('Remote (EU)', true), bengaluru)).toBe(false);
    expect(canWorkThere(at('Remote', true), bengaluru)).toBe(false);
    expect(canWorkThere(at('Munich, Germany', true), bengaluru)).toBe(false);
    expect(canWorkThere({ places: [], remote: false }, bengaluru)).toBe(false);
    const indiaOnly = { ...bengaluru, remoteWorldwide: false };
    expect(canWorkThere(at('Remote, Worldwide', true), indiaOnly)).toBe(false);
  });
});

describe('isJobSpecific', () => {
  it('refuses a board front page, and an own-site careers page with no posting id', () => {
    expect(isJobSpecific('https://jobs.lever.co/acme', 'https://jobs.lever.co/acme')).toBe(false);
    expect(isJobSpecific('https://jobs.lever.co/acme/', 'https://jobs.lever.co/acme')).toBe(false);
    expect(isJobSpecific('https://jobs.ashbyhq.com/Acme%20Co', 'https://jobs.ashbyhq.com/Acme%20Co')).toBe(false);
    expect(isJobSpecific('https://acme.example/careers?team=eng', 'https://boards.greenhouse.io/acme')).toBe(false);
  });

  it('takes a path past the board token, or a posting id on the company site', () => {
    expect(isJobSpecific('https://boards.greenhouse.io/acme/jobs/4012345', 'https://boards.greenhouse.io/acme')).toBe(
      true,
    );
    const uuid = '5b3c1a2e-0f4d-4c6b-9a7e-2d1f3c4b5a69';
    expect(isJobSpecific(`https://jobs.ashbyhq.com/Acme%20Co/${uuid}`, 'https://jobs.ashbyhq.com/Acme%20Co')).toBe(
      true,
    );
    expect(isJobSpecific('https://acme.example/open-roles?gh_jid=8084161', 'https://boards.greenhouse.io/acme')).toBe(
      true,
    );
  });
});
