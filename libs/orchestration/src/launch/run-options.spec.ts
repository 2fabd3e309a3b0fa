import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AppConfig } from '@job-hunter/config';
import { buildRunConfig } from './run-options';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-opts-'));
const resume = path.join(dir, 'cv.txt');
fs.writeFileSync(resume, 'Jane Doe\nBackend engineer');

function config(apiKey?: string): AppConfig {
  return {
    orchestrator: 'checkpoint',
    outputDir: './output',
    llm: { anthropicApiKey: apiKey, minScore: 60, targetMatches: 5, maxDiscoveryIterations: 3, topKSemantic: 40 },
    scraping: { boardDeadlineMs: 45_000 },
  } as unknown as AppConfig;
}

describe('buildRunConfig', () => {
  const now = new Date('2026-01-02T03:04:05Z');

  it('applies the contract defaults', () => {
    const { run, notices } = buildRunConfig(resume, {}, config(), now);
    expect(run).toMatchObject({
      resumePath: resume,
      engine: 'heuristic',
      orchestrator: 'checkpoint',
      formats: ['json', 'csv', 'xlsx', 'html'],
      top: 50,
      maxPerCompany: 3,
      dryRun: false,
      forceRescrape: false,
      now: '2026-01-02T03:04:05.000Z',
      outputDir: path.resolve('./output'),
      settings: {
        minScore: 60,
        targetMatches: 5,
        maxDiscoveryIterations: 3,
        topKSemantic: 40,
        boardDeadlineMs: 45_000,
      },
    });
    expect(run.runId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{6}$/);
    expect(notices.join()).toMatch(/offline heuristic engine/);
  });

  it('picks Claude when a key is set, unless --dry-run', () => {
    expect(buildRunConfig(resume, {}, config('sk-x'), now).run.engine).toBe('anthropic');
    expect(buildRunConfig(resume, { dryRun: true }, config('sk-x'), now).run.engine).toBe('heuristic');
  });

  it('honours --temporal, --format, --top and --resume-from', () => {
    const { run } = buildRunConfig(
      resume,
      { temporal: true, format: 'csv, html', top: '5', resumeFrom: 'abc-1' },
      config(),
      now,
    );
    expect(run).toMatchObject({ orchestrator: 'temporal', formats: ['csv', 'html'], top: 5, runId: 'abc-1' });
  });

  it.each([
    [{ top: '0' }, /--top/],
    [{ maxPerCompany: 'x' }, /--max-per-company/],
    [{ companyLimit: '2.5' }, /--company-limit/],
    [{ format: 'pdf' }, /--format/],
    [{ engine: 'gpt' }, /--engine/],
    [{ engine: 'anthropic' }, /JH_ANTHROPIC_API_KEY/],
    [{ prefs: 'a', prefsFile: 'b' }, /not both/],
    [{ prefsFile: path.join(dir, 'nope.yaml') }, /Preferences file not found/],
    [{ companies: path.join(dir, 'nope.yaml') }, /Companies file not found/],
    [{ snapshot: path.join(dir, 'nope') }, /--snapshot/],
    [{ email: 'not-an-email' }, /--email/],
    [{ resumeFrom: '../etc' }, /--resume-from/],
  ])('rejects %p with a message naming the option', (options, message) => {
    expect(() => buildRunConfig(resume, options, config(), now)).toThrow(message);
    try {
      buildRunConfig(resume, options, config(), now);
    } catch (e) {
      expect((e as { isUserError: boolean }).isUserError).toBe(true);
    }
  });

  it('rejects a missing resume and an unsupported resume type', () => {
    expect(() => buildRunConfig(undefined, {}, config(), now)).toThrow(/Give a resume/);
    expect(() => buildRunConfig(path.join(dir, 'missing.pdf'), {}, config(), now)).toThrow(/Resume not found/);
    const odd = path.join(dir, 'cv.odt');
    fs.writeFileSync(odd, 'x');
    expect(() => buildRunConfig(odd, {}, config(), now)).toThrow(/must be one of/);
  });
});
