import { JobHunterError } from '@job-hunter/domain';
import { parseCompanies } from './companies-file.loader';

function errorOf(fn: () => unknown): JobHunterError {
  try {
    fn();
  } catch (e) {
    if (e instanceof JobHunterError) return e;
    throw e;
  }
  throw new Error('expected a JobHunterError');
}

describe('parseCompanies', () => {
  it('reads a YAML list with optional fields normalised', () => {
    const yaml = `
- name: Acme Robotics
  careersUrl: https://boards.greenhouse.io/acmerobotics
- name: " Nimbus Data "
  careersUrl: https://jobs.lever.co/nimbusdata
  ats: Lever
  board: nimbusdata
  regions: [in, eu]
  industries: [FinTech]
- name: Solo
  careersUrl: http://jobs.example.com/careers
  regions: "US, CA"
`;
    expect(parseCompanies(yaml, 'companies.yaml', 'yaml')).toEqual([
      { name: 'Acme Robotics', careersUrl: 'https://boards.greenhouse.io/acmerobotics' },
      {
        name: 'Nimbus Data',
        careersUrl: 'https://jobs.lever.co/nimbusdata',
        ats: 'lever',
        board: 'nimbusdata',
        regions: ['IN', 'EU'],
        industries: ['fintech'],
      },
      { name: 'Solo', careersUrl: 'http://jobs.example.com/careers', regions: ['US', 'CA'] },
    ]);
  });

  it('reads JSON wrapped in { companies: [...] }', () => {
    const json = JSON.stringify({
      companies: [{ name: 'Acme', careersUrl: 'https://jobs.ashbyhq.com/acme', ats: 'ashby' }],
    });
    expect(parseCompanies(json, 'c.json', 'json')).toEqual([
      { name: 'Acme', careersUrl: 'https://jobs.ashbyhq.com/acme', ats: 'ashby' },
    ]);
  });

  it('names the file, the entry number, the company and the field of a bad entry', () => {
    const yaml = `
- { name: A, careersUrl: "https://a.example" }
- { name: B, careersUrl: "https://b.example" }
- { name: Acme, careersUrl: "ftp://x" }
`;
    const e = errorOf(() => parseCompanies(yaml, 'companies.yaml', 'yaml'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('companies.yaml: entry 3 (Acme): careersUrl "ftp://x" must be an http(s) URL');
  });

  it('reports every bad entry at once', () => {
    const json = JSON.stringify([
      { careersUrl: 'https://a.example' },
      { name: 'B' },
      { name: 'C', careersUrl: 'https://c.example', ats: 'taleo' },
      { name: 'D', careersUrl: 'https://d.example', regions: [1] },
      'E',
    ]);
    const { message } = errorOf(() => parseCompanies(json, 'list.json', 'json'));
    expect(message).toContain('entry 1: "name" is required');
    expect(message).toContain('entry 2 (B): "careersUrl" is required');
    expect(message).toContain('entry 3 (C): ats "taleo" must be one of greenhouse, lever');
    expect(message).toContain('entry 4 (D): regions must be a list');
    expect(message).toContain('entry 5: expected an object');
  });

  it.each([
    ['an empty list', '[]', 'json', 'the list of companies is empty'],
    ['an empty YAML file', '', 'yaml', 'expected a list of companies'],
    ['an object without companies', '{"name":"x"}', 'json', 'expected a list of companies'],
    ['broken JSON', '[{"name": ', 'json', 'not valid JSON'],
    ['broken YAML', '- name: [unclosed\n  careersUrl: x', 'yaml', 'not valid YAML'],
  ] as const)('rejects %s, naming the file', (_what, text, format, expected) => {
    const e = errorOf(() => parseCompanies(text, 'my-companies.txt', format));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/^my-companies\.txt: /);
    expect(e.message).toContain(expected);
  });

  it('rejects a careersUrl that is not a URL at all', () => {
    const e = errorOf(() => parseCompanies('[{"name":"X","careersUrl":"acme.com/jobs"}]', 'c.json', 'json'));
    expect(e.message).toContain('entry 1 (X): careersUrl "acme.com/jobs" must be an http(s) URL');
  });
});
