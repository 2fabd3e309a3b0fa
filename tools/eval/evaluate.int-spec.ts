import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { evaluate, TARGETS, type EvaluationReport } from './evaluate';

const root = resolve(__dirname, '../..');
const evalDir = join(root, 'data/eval');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('matching evaluation (offline engine, real pipeline, labelled personas)', () => {
  let report: EvaluationReport;

  beforeAll(async () => {
    report = await evaluate(root);
  });

  it('covers at least three evaluation personas in different markets, plus the demo persona', () => {
    expect(report.personas.filter((p) => p.market === 'eval').length).toBeGreaterThanOrEqual(3);
    expect(report.personas.some((p) => p.market === 'demo')).toBe(true);
    for (const p of report.personas) expect(p.unlabelled).toBe(0);
  });

  it('meets the targets: precision@10 ≥ 0.8, pre-shortlist recall ≥ 0.95, no ruled-out job shortlisted', () => {
    expect(report.failures).toEqual([]);
    for (const p of report.personas) {
      expect(p.precisionAt10).toBeGreaterThanOrEqual(TARGETS.precisionAt10);
      expect(p.recallAt10).toBeGreaterThanOrEqual(TARGETS.shortlistRecall);
      expect(p.recallAt20).toBeGreaterThanOrEqual(TARGETS.shortlistRecall);
      expect(p.goodRecall).toBeGreaterThanOrEqual(TARGETS.shortlistRecall);
      expect(p.violations).toEqual([]);
    }
  });

  it('measures the pre-shortlist where it has to choose: more candidates than K in every evaluation market', () => {
    for (const p of report.personas.filter((r) => r.market === 'eval')) expect(p.candidates).toBeGreaterThan(p.k);
  });

  it('labels every job of the market for every persona, from a generator that reproduces its files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'jh-eval-market-'));
    try {
      execFileSync(process.execPath, [join(root, 'tools/eval/generate-eval-market.mjs'), '--out', out], {
        stdio: 'pipe',
      });
      const generated = files(out).map((f) => relative(out, f));
      expect(generated.length).toBeGreaterThan(10);
      for (const f of generated)
        expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(evalDir, f), 'utf8'));
      const market = JSON.parse(readFileSync(join(evalDir, 'market/market.json'), 'utf8')) as { jobs: number };
      const labels = JSON.parse(readFileSync(join(evalDir, 'labels.json'), 'utf8')) as Record<string, object>;
      for (const grades of Object.values(labels)) expect(Object.keys(grades)).toHaveLength(market.jobs);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
