import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createBoardHttp } from '../http/board-http.factory';
import { detectBoard } from '../job-board.registry';
import { AshbyClient } from './ashby.client';

const repoRoot = path.resolve(__dirname, '../../../..');
const realDir = path.resolve(repoRoot, '../shared/fixtures/real');
const snapshotDir = path.join(realDir, 'snapshot');
const boardsDir = path.join(snapshotDir, 'api.ashbyhq.com/posting-api/job-board');
const describeIfPresent = existsSync(boardsDir) ? describe : describe.skip;

interface Company {
  name: string;
  careersUrl: string;
}

describeIfPresent('17 real Ashby boards replayed from the snapshot', () => {
  const companies: Company[] = existsSync(realDir)
    ? JSON.parse(readFileSync(path.join(realDir, 'companies.json'), 'utf8'))
    : [];
  const http = createBoardHttp({ snapshotDir });

  it('has a company for every recorded board', () => {
    const files = readdirSync(boardsDir).filter((f) => f.endsWith('.json'));
    const boards = companies.map((c) => detectBoard(c.careersUrl)?.board);
    expect(files.length).toBe(17);
    expect(boards.map((b) => `${b}.json`).sort()).toEqual(files.sort());
  });

  it.each(companies.map((c) => [c.name, c] as const))(
    '%s: every listed job comes out complete',
    async (_name, company) => {
      const detected = detectBoard(company.careersUrl);
      expect(detected?.ats).toBe('ashby');
      const board = detected?.board ?? '';
      const raw = JSON.parse(readFileSync(path.join(boardsDir, `${board}.json`), 'utf8')) as {
        jobs: Array<{ isListed?: boolean }>;
      };
      const result = await new AshbyClient().fetchJobs({ company: company.name, board }, http);

      const skippedTotal = Object.values(result.skipped).reduce((a, b) => a + b, 0);
      expect(result.jobs.length + skippedTotal).toBe(raw.jobs.length);
      expect(result.jobs.length).toBe(raw.jobs.filter((j) => j.isListed !== false).length);
      for (const job of result.jobs) {
        expect(job.title.trim()).not.toBe('');
        expect(job.locations.length).toBeGreaterThan(0);
        expect(['remote', 'hybrid', 'onsite', 'unknown']).toContain(job.workplace);
        expect(job.postedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(job.dateSource).toBe('exact');
        expect(job.url).toMatch(new RegExp(`^https://jobs\\.ashbyhq\\.com/${board}/[0-9a-f-]{36}$`));
        expect(job.descriptionHtml ?? job.descriptionText).toBeTruthy();
        if (job.salary) expect(job.salary.annualMin ?? job.salary.annualMax).toBeGreaterThan(0);
      }
    },
  );

  it('keeps structured facts from the real payloads', async () => {
    const coder = await new AshbyClient().fetchJobs({ company: 'Coder', board: 'Coder' }, http);
    const salesEngineer = coder.jobs.find((j) => j.title === 'Sales Engineer');
    expect(salesEngineer).toMatchObject({ locations: ['United Kingdom', 'Ireland', 'Poland'], workplace: 'remote' });
    expect(salesEngineer?.salary).toMatchObject({ currency: 'GBP', min: 83000, max: 115000, period: 'year' });

    const hyperliquid = await new AshbyClient().fetchJobs(
      { company: 'Hyperliquid Labs', board: 'Hyperliquid%20Labs' },
      http,
    );
    expect(hyperliquid.jobs.map((j) => j.workplace)).toEqual(['unknown', 'unknown']);
    expect(hyperliquid.jobs.every((j) => j.salary === undefined)).toBe(true);

    const sorcerer = await new AshbyClient().fetchJobs({ company: 'Sorcerer', board: 'sorcerer' }, http);
    expect(sorcerer.jobs.map((j) => j.salary?.period)).toEqual(['hour', 'hour']);

    const anara = await new AshbyClient().fetchJobs({ company: 'Anara', board: 'anara' }, http);
    expect(anara).toEqual({ jobs: [], skipped: {} });
  });
});
