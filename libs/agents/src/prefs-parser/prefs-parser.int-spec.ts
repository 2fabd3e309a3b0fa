import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CandidateProfile, JobHunterError } from '@job-hunter/domain';
import { PrefsParserAgent } from './prefs-parser.agent';

const profile: CandidateProfile = {
  name: 'Priya',
  location: { raw: 'Pune, India', city: 'Pune', country: 'IN', region: 'Maharashtra' },
  titles: ['Senior Backend Engineer'],
  skills: ['Go', 'PostgreSQL'],
  yearsExperience: 8,
  seniority: 'senior',
  education: [],
  text: '',
};
const agent = new PrefsParserAgent();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jh-prefs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('PrefsParserAgent', () => {
  it('enriches silent preferences from the profile', async () => {
    const p = await agent.parse({}, profile);
    expect(p).toMatchObject({
      seniorityMin: 'mid',
      seniorityMax: 'staff',
      roles: ['backend engineer'],
      skills: ['Go', 'PostgreSQL'],
    });
    expect(p.locations).toEqual([profile.location]);
    expect(p.raw).toBe('');
  });

  it('keeps what the text says over the profile', async () => {
    const p = await agent.parse({ text: 'Staff or principal data platform roles, remote only, Kafka' }, profile);
    expect(p).toMatchObject({ seniorityMin: 'staff', seniorityMax: 'principal', workModels: ['remote'] });
    expect(p.roles).toEqual(['data platform engineer']);
    expect(p.locations).toEqual([]);
    // Remote only, no place named: the resume's home says where the person can work from.
    expect(p.remoteScopes).toEqual(['IN']);
    expect(p.skills).toEqual(['Kafka', 'Go', 'PostgreSQL']);
  });

  it('reads the demo preferences file without stray roles, duplicate places, refused skills or a WORLD scope', async () => {
    const file = write(
      'preferences.txt',
      'Senior or staff backend or platform engineering roles. I live in Bengaluru: open to hybrid or onsite in Bengaluru, ' +
        'or remote within India; remote roles open worldwide are fine too. Minimum 45 LPA. Only jobs posted in the last ' +
        '60 days. Not interested in crypto or web3 companies. Full-time only.\n',
    );
    const p = await agent.parse({ file }, profile);
    expect(p.roles).toEqual(['backend engineer', 'platform engineer']);
    expect(p.locations).toEqual([{ raw: 'Bengaluru', city: 'Bengaluru', country: 'IN', region: 'Karnataka' }]);
    expect(p.remoteScopes).toEqual(['IN']);
    // Every model named ("open to hybrid or onsite … or remote"), as the reading contract lists them.
    expect(p.workModels).toEqual(['remote', 'hybrid', 'onsite']);
    expect(p.excludedIndustries).toEqual(['crypto']);
    expect(p.skills).toEqual(['Go', 'PostgreSQL']);
  });

  it('reads a YAML file of explicit fields', async () => {
    const file = write(
      'prefs.yaml',
      [
        'roles: [platform engineer]',
        'seniorityMin: senior',
        'locations: [Bangalore, "Remote - India"]',
        'remoteScopes: [in, emea]',
        'minSalary: 45 LPA',
        'maxAgeDays: 30',
        'excludedCompanies: [Acme]',
        'workModels: [remote, hybrid]',
        'text: no crypto please',
      ].join('\n'),
    );
    const p = await agent.parse({ file }, profile);
    expect(p.roles).toEqual(['platform engineer']);
    expect(p.seniorityMin).toBe('senior');
    expect(p.locations[0]).toMatchObject({ city: 'Bengaluru' });
    expect(p.remoteScopes).toEqual(['IN', 'EMEA']);
    expect(p.minSalary).toMatchObject({ amount: 4500000, currency: 'INR', annual: 4500000 });
    expect(p).toMatchObject({ maxAgeDays: 30, excludedCompanies: ['Acme'], workModels: ['remote', 'hybrid'] });
    expect(p.excludedIndustries).toEqual(['crypto']);
  });

  it('reads a JSON file with a structured minimum salary', async () => {
    const file = write('prefs.json', JSON.stringify({ minSalary: { amount: 70, currency: 'usd', period: 'hour' } }));
    const p = await agent.parse({ file }, profile);
    expect(p.minSalary).toEqual({ amount: 70, currency: 'USD', period: 'hour', annual: 145600 });
  });

  it('reads .txt and .md files as freeform text', async () => {
    const p = await agent.parse({ file: write('prefs.md', '# Wishes\n- remote EU\n- min €90k') }, profile);
    expect(p.remoteScopes).toEqual(['EU']);
    expect(p.minSalary).toMatchObject({ amount: 90000, currency: 'EUR' });
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.yaml')],
    ['invalid YAML', () => write('bad.yaml', 'roles: [unclosed')],
    ['invalid JSON', () => write('bad.json', '{"roles": ')],
    ['a bad seniority', () => write('level.yaml', 'seniorityMin: wizard')],
    ['an unreadable salary', () => write('pay.yaml', 'minSalary: lots')],
    ['an unknown extension', () => write('prefs.toml', 'roles = []')],
  ])('rejects %s with INVALID_INPUT naming the file', async (_label, make) => {
    const file = make();
    const error = await agent.parse({ file }, profile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobHunterError);
    expect((error as JobHunterError).code).toBe('INVALID_INPUT');
    expect((error as JobHunterError).message).toContain(file);
  });
});
