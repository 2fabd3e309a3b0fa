import { parseJobLocation } from './job-location';

describe('parseJobLocation', () => {
  it.each([
    ['Remote - US', ['US']],
    ['Remote (US only)', ['US']],
    ['US-Remote', ['US']],
    ['Remote, India', ['IN']],
    ['Remote in Canada', ['CA']],
    ['Anywhere', ['WORLD']],
    ['Worldwide', ['WORLD']],
    ['Remote - EMEA', ['EMEA']],
    ['Remote - Europe', ['EUROPE']],
    ['Remote', []],
    ['Remote - US, Canada', ['US', 'CA']],
    ['United States - Remote', ['US']],
    ['Texas, United States, Remote', ['US']],
  ])('%p is remote with scope %j', (text, scope) => {
    const r = parseJobLocation([text]);
    expect(r.remote).toBe('remote');
    expect(r.remoteScope).toEqual(scope);
  });

  it('reads hybrid and on-site places', () => {
    const hybrid = parseJobLocation(['Hybrid - London']);
    expect(hybrid.remote).toBe('hybrid');
    expect(hybrid.places).toMatchObject([{ city: 'London', country: 'GB' }]);
    expect(parseJobLocation(['Chicago Office']).places).toMatchObject([{ city: 'Chicago', country: 'US' }]);
    expect(parseJobLocation(['On-site, Pune']).remote).toBe('onsite');
  });

  it('reads several places in one string and across strings', () => {
    const r = parseJobLocation(['New York, NY; San Francisco, CA', 'Bengaluru, Karnataka, India']);
    expect(r.places.map((p) => p.city)).toEqual(['New York', 'San Francisco', 'Bengaluru']);
    expect(r.remote).toBe('unknown');
    expect(parseJobLocation(['London, Berlin']).places.map((p) => p.city)).toEqual(['London', 'Berlin']);
  });

  it('keeps the place of "London / Remote" and marks it remote', () => {
    const r = parseJobLocation(['London / Remote']);
    expect(r.remote).toBe('remote');
    expect(r.places).toMatchObject([{ city: 'London' }]);
    expect(r.remoteScope).toEqual(['GB']);
  });

  it('lets the structured hint decide the mode', () => {
    expect(parseJobLocation(['Remote - Argentina'], 'onsite').remote).toBe('onsite');
    expect(parseJobLocation(['Berlin'], 'hybrid').remote).toBe('hybrid');
    expect(parseJobLocation(['Berlin'], 'unknown').remote).toBe('unknown');
  });

  it('takes the scope from country-only places when the board flags the job remote', () => {
    const r = parseJobLocation(['United Kingdom', 'Ireland', 'Poland'], 'remote');
    expect(r.remoteScope).toEqual(['GB', 'IE', 'PL']);
    expect(parseJobLocation(['Austin'], 'remote').remoteScope).toEqual([]);
  });

  it('reads a region as a place', () => {
    expect(parseJobLocation(['Europe']).places).toEqual([{ raw: 'Europe', region: 'EUROPE' }]);
  });
});
