import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DROP_REASONS } from '@job-hunter/domain';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { startPipelineApp } from '../test-support/pipeline-app';

// A minimal RFC 4180 reader: enough for the fields the decisions file quotes.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}

describe('decisions.csv: every job the run saw, with its decision', () => {
  let target: Target;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-decisions-'));

  beforeAll(async () => {
    target = await sqliteTarget();
  });

  afterAll(async () => {
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('a demo run writes one row per scraped job, agreeing with the result and its drop counts', async () => {
    // A high bar, so that this run has good matches and near misses both.
    const app = await startPipelineApp(target.db, { JH_MIN_SCORE: '90' });
    try {
      const result = await app.get(CheckpointOrchestrator).start(demoRunConfig('run-decisions', out));
      const [header, ...rows] = parseCsv(fs.readFileSync(path.join(out, 'run-decisions', 'decisions.csv'), 'utf8'));
      expect(header).toEqual([
        'Company',
        'Title',
        'Occupation',
        'Location',
        'Decision',
        'Reason',
        'Score',
        'Apply URL',
      ]);
      expect(rows).toHaveLength(result.stats.jobsScraped);

      const col = (name: string) => header?.indexOf(name) ?? -1;
      const having = (decision: string) => rows.filter((r) => r[col('Decision')] === decision);
      expect(having('shortlisted').map((r) => r[col('Apply URL')])).toEqual(result.jobs.map((j) => j.applyUrl));
      expect(having('near miss').map((r) => r[col('Apply URL')])).toEqual(
        (result.nearMisses ?? []).map((j) => j.applyUrl),
      );
      expect(result.jobs.length).toBeGreaterThan(0);
      expect(result.nearMisses?.length).toBeGreaterThan(0);
      expect(result.jobs.every((j) => j.score >= 90)).toBe(true);
      expect(result.nearMisses?.every((j) => j.score < 90)).toBe(true);
      expect(result.stats.goodMatches).toBe(result.jobs.length);

      const droppedBy: Record<string, number> = {};
      for (const r of having('dropped'))
        droppedBy[r[col('Reason')] ?? ''] = (droppedBy[r[col('Reason')] ?? ''] ?? 0) + 1;
      // Postings a board skipped never reached the run (Ashby's 'unlisted', Zoho's 'unpublished', …):
      // counted, but not seen. Every drop the run itself made has its rows.
      const madeByRun = new Set<string>([...DROP_REASONS, 'duplicate']);
      const seenDrops = Object.entries(result.stats.dropped).filter(([reason, n]) => n > 0 && madeByRun.has(reason));
      expect(droppedBy).toEqual(Object.fromEntries(seenDrops));
      expect(Object.keys(result.stats.dropped)).toEqual(expect.arrayContaining(['unlisted', 'unpublished']));
      expect(droppedBy.role).toBeGreaterThan(0);
      expect(rows.filter((r) => r[col('Occupation')] !== '').length / rows.length).toBeGreaterThan(0.9);

      const html = fs.readFileSync(path.join(out, 'run-decisions', 'report.html'), 'utf8');
      expect(html).toContain('Near misses');
      expect(html.indexOf('Near misses')).toBeGreaterThan(html.indexOf(result.jobs[0]?.title ?? '?'));
    } finally {
      await app.close();
    }
  });
});
