import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { childEnv } from '@job-hunter/testing';

// The cost targets (issue: ≤ $0.15 per 50-company run at Haiku-class prices, ≤ $0.01 for an
// immediate re-run) are token arithmetic, not timings, so `make test` runs the benchmark itself.
const root = resolve(__dirname, '../..');

describe('the cost benchmark (50 companies, fake Anthropic server, real SDK)', () => {
  it('meets its targets and prints calls, tokens and dollars per model class', () => {
    const out = execFileSync(process.execPath, ['-r', './tools/bench/register.cjs', 'tools/bench/cost-bench.ts'], {
      cwd: root,
      env: childEnv(),
      encoding: 'utf8',
    });
    const dollars = (label: string, row: string): number => {
      const block = out.slice(out.indexOf(label));
      const match = new RegExp(`${row}\\s+(\\d+) LLM calls;.*\\$(\\d+\\.\\d+)`).exec(block);
      if (!match) throw new Error(`no ${row} line for ${label} in:\n${out}`);
      return Number(match[2]);
    };
    expect(out).toContain('50 companies');
    expect(dollars('Haiku-class', 'run')).toBeGreaterThan(0);
    expect(dollars('Haiku-class', 'run')).toBeLessThanOrEqual(0.15);
    expect(dollars('Haiku-class', 're-run')).toBeLessThanOrEqual(0.01);
    expect(dollars('Sonnet-class', 're-run')).toBeLessThanOrEqual(0.01);
    expect(out).not.toContain('MISSED');
  });
});
