import { AggregatorAgent } from '@job-hunter/agents';
import { JobHunterError } from '@job-hunter/domain';
import { runConfig } from '@job-hunter/testing';
import { aggregateRun, type AggregateStageDeps } from './aggregate-stage';
import type { StageContext, StageExtra } from './stage-context';
import type { StageName } from './stage-names';

function setup(stored: Partial<Record<StageName, unknown>>, extra?: StageExtra, items: Record<string, unknown> = {}) {
  const deps: AggregateStageDeps = {
    aggregator: new AggregatorAgent(),
    // Per-item checkpoints by 'stage/key' (the understanding cost items).
    checkpoints: {
      load: async <T>(_id: string, stage: string, key = '') => items[`${stage}/${key}`] as T | undefined,
      save: async (_id: string, stage: string, data: unknown, key = '') => void (items[`${stage}/${key}`] = data),
      loadAll: async <T>(_id: string, stage: string) =>
        Object.entries(items)
          .filter(([k]) => k.startsWith(`${stage}/`))
          .map(([k, data]) => ({ key: k.slice(stage.length + 1), data: data as T })),
    },
  };
  const ctx: StageContext = {
    config: runConfig('r1'),
    settings: {
      minScore: 0,
      targetMatches: 3,
      maxDiscoveryIterations: 1,
      topKSemantic: 50,
      maxCostPerRunUsd: 1,
      model: 'claude-test',
      boardDeadlineMs: 45_000,
    },
    startedAt: '2026-01-02T10:00:00.000Z',
    hooks: {},
    extra,
    load: async (stage) => {
      if (!(stage in stored)) throw new JobHunterError('INTERNAL', `no ${stage}`);
      return stored[stage] as never;
    },
  };
  return { run: () => aggregateRun(deps, ctx) };
}

const scrape = { companiesAttempted: 3, companiesSucceeded: 2, jobsScraped: 5, errors: [] };
const processed = { jobs: [], stats: { jobsScraped: 5, jobsAfterDedupe: 5, undatedKept: 2, dropped: { location: 5 } } };
const scoring = {
  scored: [],
  cost: { inputTokens: 10, outputTokens: 2, estimatedCostUsd: 0.01 },
  errors: [],
  engine: 'heuristic',
};

describe('aggregateRun', () => {
  it('without extra (the checkpoint pipeline) requires every earlier stage', async () => {
    await expect(setup({ scrapeJobs: scrape, processJobs: processed }).run()).rejects.toThrow(/no scoreJobs/);
  });

  it("the cost is the run ledger's total: every entry, summed with the domain's rounding", async () => {
    const items = {
      'cost/parseResume': { inputTokens: 100, outputTokens: 20, estimatedCostUsd: 0.002 },
      'cost/parsePreferences': { inputTokens: 50, outputTokens: 10, estimatedCostUsd: 0.001 },
      'cost/scoreJobs/pass-001': { inputTokens: 10, outputTokens: 2, estimatedCostUsd: 0.01 },
      'cost/discovery/round-002': { inputTokens: 1, outputTokens: 1, estimatedCostUsd: 0.0000001 },
    };
    const stages = { scrapeJobs: scrape, processJobs: processed, scoreJobs: scoring };
    const result = await setup(stages, undefined, items).run();
    expect(result.cost).toMatchObject({ inputTokens: 161, outputTokens: 33, estimatedCostUsd: 0.013 });
  });

  it('adds the workflow errors and forced status', async () => {
    const errors = [{ stage: 'scrape', code: 'CANCELLED', message: 'stopped', company: 'Acme' }];
    const { run } = setup(
      { scrapeJobs: scrape, processJobs: processed, scoreJobs: scoring },
      { errors, status: 'partial' },
      { 'cost/parseResume': { inputTokens: 1, outputTokens: 1, estimatedCostUsd: 0.1 } },
    );
    const result = await run();
    expect(result).toMatchObject({ status: 'partial', errors, cost: { estimatedCostUsd: 0.1 } });
    expect(result.stats).toMatchObject({
      companiesAttempted: 3,
      jobsScraped: 5,
      undatedKept: 2,
      dropped: { location: 5 },
    });
  });

  it('fails a run no board answered, even with a forced partial, and says so first', async () => {
    const down = { stage: 'scrapeJobs', code: 'BOARD_NOT_FOUND', message: 'HTTP 404', company: 'Acme' };
    const noneAnswered = { companiesAttempted: 2, companiesSucceeded: 0, jobsScraped: 0, errors: [down, down] };
    for (const extra of [undefined, { status: 'partial' as const, errors: [] }]) {
      const result = await setup({ scrapeJobs: noneAnswered, processJobs: processed, scoreJobs: scoring }, extra).run();
      expect(result.status).toBe('failed');
      expect(result.errors.map((e) => e.code)).toEqual(['NO_BOARD_ANSWERED', 'BOARD_NOT_FOUND', 'BOARD_NOT_FOUND']);
      expect(result.errors[0]?.message).toMatch(/^0 of 2 boards answered: no job could be fetched/);
    }
  });

  it('warns of the duplicate companies the companies file listed, without making the run partial', async () => {
    const companies = [
      { name: 'Lumenpay', careersUrl: 'https://boards.greenhouse.io/lumenpay', mergedDuplicates: ['Lumenpay Again'] },
      { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
    ];
    const stages = { findCompanies: companies, scrapeJobs: scrape, processJobs: processed, scoreJobs: scoring };
    const result = await setup(stages).run();
    expect(result.status).toBe('success');
    expect(result.warnings).toEqual([expect.stringContaining('"Lumenpay Again" is the same job board as "Lumenpay"')]);
    expect((await setup({ scrapeJobs: scrape, processJobs: processed, scoreJobs: scoring }).run()).warnings).toBe(
      undefined,
    );
  });

  it('with a forced status, counts steps that never ran as empty', async () => {
    const result = await setup({ scrapeJobs: scrape }, { status: 'partial', errors: [] }).run();
    expect(result).toMatchObject({ status: 'partial', jobs: [], stats: { companiesAttempted: 3, jobsScored: 0 } });
  });
});
