import { canonicalUrl } from './canonical-url';

describe('canonicalUrl (apply and careers URLs)', () => {
  it('drops scheme, www, fragment, trailing slashes and tracking parameters', () => {
    const plain = canonicalUrl('https://jobs.lever.co/acme/4f1c');
    expect(plain).toBe('jobs.lever.co/acme/4f1c');
    expect(canonicalUrl('http://JOBS.lever.co/acme/4f1c/?utm_source=x&lever-source=li#apply')).toBe(plain);
    expect(canonicalUrl('https://www.acme.com/careers/')).toBe('acme.com/careers');
  });

  it('keeps the parameters that name the posting, in one order', () => {
    expect(canonicalUrl('https://acme.com/careers?gh_src=abc&gh_jid=42')).toBe('acme.com/careers?gh_jid=42');
    expect(canonicalUrl('https://acme.com/job?b=2&a=1')).toBe(canonicalUrl('https://acme.com/job?a=1&b=2'));
    expect(canonicalUrl('https://acme.com/careers?gh_jid=43')).not.toBe('acme.com/careers?gh_jid=42');
  });

  it('keeps the path case (ids can be case-sensitive) and gives null for non-URLs', () => {
    expect(canonicalUrl('https://acme.com/Job/AbC')).toBe('acme.com/Job/AbC');
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
