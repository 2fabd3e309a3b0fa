import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { AppConfigModule } from '@job-hunter/config';
import { testConfig } from '@job-hunter/testing';
import { JobHunterError } from '@job-hunter/domain';
import { detectBoard } from '@job-hunter/job-boards';
import type { Company } from '@job-hunter/domain';
import { loadCompaniesFile } from './companies-file.loader';
import { CompanyFinderAgent } from './company-finder.agent';
import { prefsWith, profileWith } from './company-finder.fixtures';
import { CompanyFinderModule } from './company-finder.module';
import { findRegistryPath } from './registry-path';

const bengaluru = prefsWith({
  locations: [{ raw: 'Bengaluru, India', city: 'Bengaluru', country: 'IN' }],
  remoteScopes: ['IN', 'WORLD'],
});

describe('CompanyFinderAgent (files)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'company-finder-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('searches exactly the companies of a YAML file, as tier "file", with only the limit applied', async () => {
    const path = write(
      'companies.yaml',
      '- name: Acme\n  careersUrl: https://boards.greenhouse.io/acme\n  regions: [US]\n- name: Zeta\n  careersUrl: https://jobs.lever.co/zeta\n  industries: [crypto]\n- name: Third\n  careersUrl: https://jobs.ashbyhq.com/third\n',
    );
    const agent = new CompanyFinderAgent({ registryPath: join(dir, 'no-registry.yaml') });
    const prefs = prefsWith({ ...bengaluru, excludedIndustries: ['crypto'] });
    const all = await agent.find({ companiesPath: path, prefs, profile: profileWith() });
    expect(all.map((c) => [c.name, c.tier])).toEqual([
      ['Acme', 'file'],
      ['Zeta', 'file'],
      ['Third', 'file'],
    ]);
    const two = await agent.find({ companiesPath: path, prefs, profile: profileWith(), limit: 2 });
    expect(two.map((c) => c.name)).toEqual(['Acme', 'Zeta']);
  });

  it('reads a JSON companies file', () => {
    const path = write(
      'list.json',
      JSON.stringify([{ name: 'Acme', careersUrl: 'https://jobs.lever.co/acme', ats: 'lever' }]),
    );
    expect(loadCompaniesFile(path)).toEqual([{ name: 'Acme', careersUrl: 'https://jobs.lever.co/acme', ats: 'lever' }]);
  });

  it('rejects a missing or malformed file with INVALID_INPUT naming it', async () => {
    const agent = new CompanyFinderAgent();
    const missing = join(dir, 'nope.yaml');
    await expect(
      agent.find({ companiesPath: missing, prefs: prefsWith(), profile: profileWith() }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(missing) as unknown });
    const bad = write('bad.yaml', '- name: Acme\n  careersUrl: ftp://x\n');
    expect(() => loadCompaniesFile(bad)).toThrow(JobHunterError);
    expect(() => loadCompaniesFile(bad)).toThrow(
      'bad.yaml: entry 1 (Acme): careersUrl "ftp://x" must be an http(s) URL',
    );
    const broken = write('broken.json', '{"companies": [');
    expect(() => loadCompaniesFile(broken)).toThrow(/broken\.json: not valid JSON/);
  });

  it('filters an injected registry by the preferences, keeping its order, through the Nest module', async () => {
    const registryPath = write(
      'registry.yaml',
      [
        '- { name: Alpha, careersUrl: "https://jobs.lever.co/alpha", regions: [IN] }',
        '- { name: Beta, careersUrl: "https://jobs.lever.co/beta", regions: [US] }',
        '- { name: Gamma, careersUrl: "https://jobs.lever.co/gamma", regions: [WORLD], industries: [crypto] }',
        '- { name: Delta, careersUrl: "https://jobs.lever.co/delta" }',
        '- { name: Epsilon, careersUrl: "https://jobs.lever.co/epsilon", regions: [APAC] }',
        '- { name: Zeta, careersUrl: "https://jobs.lever.co/zeta", regions: [WORLD] }',
      ].join('\n'),
    );
    const moduleRef = await Test.createTestingModule({
      imports: [
        // The finder's board prober and suggester read the board HTTP and LLM settings.
        AppConfigModule.forRoot(testConfig({ type: 'sqlite', url: 'sqlite::memory:', sqlitePath: ':memory:' })),
        CompanyFinderModule.withOptions({ registryPath }),
      ],
    }).compile();
    const agent = moduleRef.get(CompanyFinderAgent);
    const prefs = prefsWith({ ...bengaluru, excludedIndustries: ['Web3'], excludedCompanies: ['ZETA'] });
    const found = await agent.find({ prefs, profile: profileWith() });
    expect(found.map((c) => [c.name, c.tier])).toEqual([
      ['Alpha', 'curated'],
      ['Delta', 'curated'],
      ['Epsilon', 'curated'],
    ]);
    expect((await agent.find({ prefs, profile: profileWith(), limit: 1 })).map((c) => c.name)).toEqual(['Alpha']);
  });

  it('finds the registry by walking up from a compiled dist/ folder', () => {
    mkdirSync(join(dir, 'data', 'registry'), { recursive: true });
    writeFileSync(join(dir, 'data', 'registry', 'companies.yaml'), '- { name: A, careersUrl: "https://a.example" }\n');
    const deep = join(dir, 'dist', 'libs', 'agents', 'src', 'company-finder');
    mkdirSync(deep, { recursive: true });
    expect(findRegistryPath(deep)).toBe(join(dir, 'data', 'registry', 'companies.yaml'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-registry-'));
    expect(findRegistryPath(elsewhere)).toBeNull();
    rmSync(elsewhere, { recursive: true, force: true });
  });
});

const ATS_URL: Record<string, RegExp> = {
  greenhouse: /^https:\/\/(job-)?boards\.(eu\.)?greenhouse\.io\/[A-Za-z0-9_-]+$/,
  lever: /^https:\/\/jobs\.lever\.co\/[A-Za-z0-9._-]+$/,
  ashby: /^https:\/\/jobs\.ashbyhq\.com\/[A-Za-z0-9._%-]+$/,
  workday: /^https:\/\/[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com(\/[a-z]{2}-[A-Z]{2})?\/[A-Za-z0-9_-]+$/,
  smartrecruiters: /^https:\/\/(jobs|careers)\.smartrecruiters\.com\/[A-Za-z0-9_-]+$/,
  workable: /^https:\/\/apply\.workable\.com\/[a-z0-9-]+$/,
  recruitee: /^https:\/\/[a-z0-9-]+\.recruitee\.com\/?$/,
  personio: /^https:\/\/[a-z0-9-]+\.jobs\.personio\.(de|com)\/?$/,
  teamtailor: /^https:\/\/[a-z0-9-]+(\.na)?\.teamtailor\.com(\/jobs)?\/?$/,
  bamboohr: /^https:\/\/[a-z0-9-]+\.bamboohr\.com\/careers\/?$/,
  rippling: /^https:\/\/ats\.rippling\.com\/[A-Za-z0-9_-]+\/jobs$/,
  zohorecruit: /^https:\/\/[a-z0-9-]+\.zohorecruit\.(com|in|eu|com\.au|jp)\/jobs\/[A-Za-z0-9_-]+$/,
  keka: /^https:\/\/[a-z0-9-]+\.keka\.com\/careers\/?$/,
  gem: /^https:\/\/jobs\.gem\.com\/[A-Za-z0-9_-]+$/,
  oracle:
    /^https:\/\/[a-z0-9-]+\.fa\.[a-z0-9]+\.oraclecloud\.com\/hcmUI\/CandidateExperience\/[a-z]{2}\/sites\/[A-Za-z0-9_]+(\/jobs)?$/,
  successfactors: /^https:\/\/[a-z0-9.-]+\/?$/,
};
const EUROPE = ['EU', 'EMEA', 'GB', 'DE', 'FR', 'NL', 'IE', 'SE', 'ES', 'IT', 'PL', 'PT', 'CH', 'AT', 'BE', 'FI', 'RO'];

describe('the curated registry (data/registry/companies.yaml)', () => {
  const path = findRegistryPath();
  const registry: Company[] = path ? new CompanyFinderAgent({ registryPath: path }).loadRegistry() : [];

  it('is found from the sources and holds at least 60 valid companies with unique names', () => {
    expect(path).not.toBeNull();
    expect(registry.length).toBeGreaterThanOrEqual(60);
    expect(new Set(registry.map((c) => c.name.toLowerCase())).size).toBe(registry.length);
    expect(new Set(registry.map((c) => c.careersUrl.toLowerCase())).size).toBe(registry.length);
  });

  it('gives every company an ats, an https careers URL of that ats, regions and industries', () => {
    for (const c of registry) {
      const form = ATS_URL[c.ats ?? ''];
      expect({ name: c.name, ok: !!form && form.test(c.careersUrl) }).toEqual({ name: c.name, ok: true });
      expect(c.regions?.length).toBeGreaterThan(0);
      expect(c.industries?.length).toBeGreaterThan(0);
      // A composite token (`{host}|{page}`, `{host}|{site}`) names its host in the URL.
      if (c.board && c.ats !== 'recruitee') expect(decodeURIComponent(c.careersUrl)).toContain(c.board.split('|')[0]);
      // The careers URL alone leads the scraper to the same board (an EU-hosted Greenhouse URL included);
      // a SuccessFactors career site is on the company's own host, so its ats and board are given.
      if (c.ats === 'successfactors') {
        expect({ name: c.name, board: c.board }).toEqual({ name: c.name, board: new URL(c.careersUrl).host });
        continue;
      }
      const detected = detectBoard(c.careersUrl);
      expect({ name: c.name, ats: detected?.ats }).toEqual({ name: c.name, ats: c.ats });
      if (c.board) expect({ name: c.name, board: detected?.board }).toEqual({ name: c.name, board: c.board });
    }
    const counts = (ats: string): number => registry.filter((c) => c.ats === ats).length;
    // Most companies are on the one-request boards; every board of issue 14 has real companies too.
    expect(counts('greenhouse') + counts('lever') + counts('ashby')).toBeGreaterThanOrEqual(0.6 * registry.length);
    for (const ats of ['greenhouse', 'lever', 'ashby']) expect(counts(ats)).toBeGreaterThanOrEqual(15);
    for (const ats of [
      'personio',
      'teamtailor',
      'bamboohr',
      'rippling',
      'zohorecruit',
      'keka',
      'gem',
      'oracle',
      'successfactors',
    ]) {
      expect(counts(ats)).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers India, Europe and North America', () => {
    const has = (codes: string[]): number => registry.filter((c) => c.regions?.some((r) => codes.includes(r))).length;
    expect(has(['IN'])).toBeGreaterThanOrEqual(10);
    // The seed's India-relevant employers with public boards (issue 9).
    const india = registry.filter((c) => c.regions?.includes('IN')).map((c) => c.name);
    expect(india).toEqual(
      expect.arrayContaining(['Razorpay', 'Rubrik', 'Tekion', 'Commvault', 'Tower Research Capital', 'IMC Trading']),
    );
    expect(has(EUROPE)).toBeGreaterThanOrEqual(15);
    expect(has(['US', 'CA', 'NA', 'AMER'])).toBeGreaterThanOrEqual(15);
  });

  it('is what the agent filters by default', async () => {
    const found = await new CompanyFinderAgent().find({
      prefs: prefsWith({ ...bengaluru, excludedIndustries: ['crypto'] }),
      profile: profileWith(),
    });
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((c) => c.tier === 'curated' && !c.industries?.includes('crypto'))).toBe(true);
    expect(found.some((c) => c.regions?.includes('IN'))).toBe(true);
    expect(found.some((c) => c.regions?.length === 1 && c.regions[0] === 'US')).toBe(false);
    expect(readFileSync(path ?? '', 'utf8')).toContain('careersUrl');
  });
});
