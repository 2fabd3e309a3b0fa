import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CandidateProfile, Understanding } from '@job-hunter/domain';
import type { SavedSearch } from '@job-hunter/persistence';
import { testConfig } from '@job-hunter/testing';
import { newSavedSearch, type SearchParsers } from './search-intake';
import { searchRunConfig } from './search-run-config';

const demo = path.resolve(__dirname, '../../../../data/demo');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-search-'));
const config = testConfig({ type: 'sqlite', url: ':memory:', sqlitePath: ':memory:' }, { JH_OUTPUT_DIR: out });
const now = new Date('2026-12-06T12:00:00Z');
const understanding = { reading: { roles: ['backend engineer'] }, readBy: 'rules', disagreements: [], warnings: [] };
const profile = { skills: [], titles: [], yearsExperience: 8, seniority: 'senior' } as unknown as CandidateProfile;

function parsers(): SearchParsers & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    resumeParser: { parse: async (source) => (read.push(String(source)), profile) },
    prefsParser: {
      understand: async (input) => (
        read.push(input.file ?? input.text ?? ''),
        { understanding: understanding as unknown as Understanding, prefs: {} as never }
      ),
    },
  };
}

const saveOptions = {
  prefsFile: path.join(demo, 'preferences.txt'),
  companies: path.join(demo, 'companies.yaml'),
  snapshot: path.join(demo, 'snapshot'),
  top: '10',
  every: '1d',
};

/** As the repository gives it back. */
async function saved(options: Record<string, string> = saveOptions): Promise<SavedSearch> {
  const search = await newSavedSearch('daily', path.join(demo, 'resume.pdf'), options, config, parsers(), now);
  const stored: SavedSearch = {
    ...search,
    id: 'search-1',
    resume: { ...search.resume, sha256: 'x' },
    paused: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return stored;
}

describe('newSavedSearch', () => {
  it('keeps the inputs by content, the reading and the first due time', async () => {
    const p = parsers();
    const search = await newSavedSearch('daily', path.join(demo, 'resume.pdf'), saveOptions, config, p, now);
    expect(search.resume.data.equals(fs.readFileSync(path.join(demo, 'resume.pdf')))).toBe(true);
    expect(search).toMatchObject({
      name: 'daily',
      resume: { name: 'resume.pdf' },
      prefs: { fileName: 'preferences.txt', text: fs.readFileSync(saveOptions.prefsFile, 'utf8') },
      understanding,
      options: {
        companies: { name: 'companies.yaml', text: fs.readFileSync(saveOptions.companies, 'utf8') },
        snapshot: saveOptions.snapshot,
        top: '10',
      },
      schedule: { everyMs: 86_400_000 },
      nextDueAt: now.toISOString(),
    });
    expect(Object.keys(search.options).sort()).toEqual(['companies', 'snapshot', 'top']);
    expect(p.read).toEqual([path.join(demo, 'resume.pdf'), saveOptions.prefsFile]);
  });

  it.each([
    ['no preferences', 'daily', { top: '10' }],
    ['empty --prefs', 'daily', { prefs: '  ' }],
    ['a bad --top', 'daily', { prefs: 'backend', top: '0' }],
    ['a missing companies file', 'daily', { prefs: 'backend', companies: '/nope.yaml' }],
    ['a bad --cron', 'daily', { prefs: 'backend', cron: '0 7 * *' }],
    ['a bad name', '-x', { prefs: 'backend' }],
    ['a name with a slash', 'a/b', { prefs: 'backend' }],
  ])('refuses %s as bad input before reading anything', async (_what, name, options) => {
    const p = parsers();
    await expect(newSavedSearch(name, path.join(demo, 'resume.pdf'), options, config, p, now)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(p.read).toEqual([]);
  });
});

describe('searchRunConfig', () => {
  it('is an ordinary run of the search, its files written from the stored bytes', async () => {
    const search = await saved();
    const run = await searchRunConfig(search, now, config, '20261206-120000-aaaaaa');
    const folder = path.join(out, '.inputs', '20261206-120000-aaaaaa');
    expect(run).toMatchObject({
      runId: '20261206-120000-aaaaaa',
      searchId: 'search-1',
      resumePath: path.join(folder, 'resume.pdf'),
      prefsFile: path.join(folder, 'prefs.txt'),
      companiesPath: path.join(folder, 'companies.yaml'),
      snapshotDir: saveOptions.snapshot,
      top: 10,
      outputDir: out,
      engine: 'heuristic',
      // The demo market's recording day, as `demo` and the API judge a replayed market.
      now: '2026-11-20T00:00:00.000Z',
    });
    expect(run.prefsText).toBeUndefined();
    expect(fs.readFileSync(run.resumePath).equals(search.resume.data)).toBe(true);
    expect(fs.readFileSync(run.companiesPath as string, 'utf8')).toBe(search.options.companies?.text);
  });

  it('runs --prefs text as text, judged as of now without a snapshot', async () => {
    const search = await saved({ prefs: 'senior backend in Berlin' });
    const run = await searchRunConfig(search, now, config);
    expect(run).toMatchObject({ prefsText: 'senior backend in Berlin', now: now.toISOString(), searchId: 'search-1' });
    expect(run.prefsFile).toBeUndefined();
    expect(run.runId).toMatch(/^20261206-120000-[0-9a-f]{6}$/);
  });

  it('refuses a run whose stored snapshot is gone, leaving no input folder behind', async () => {
    const search = await saved();
    const gone = { ...search, options: { ...search.options, snapshot: path.join(out, 'gone') } };
    await expect(searchRunConfig(gone, now, config, 'gone-run')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(fs.existsSync(path.join(out, '.inputs', 'gone-run'))).toBe(false);
  });
});
