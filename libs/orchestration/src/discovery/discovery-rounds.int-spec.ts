import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunConfig } from '@job-hunter/domain';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { STAGE_NAMES } from '../stages/stage-names';
import { StageRunner } from '../stages/stage-runner';
import {
  WORLD_BOARDS as BOARDS,
  WORLD_SETTINGS,
  startDiscoveryWorld,
  type DiscoveryWorld,
} from '../test-support/discovery-world';
import { startPipelineApp } from '../test-support/pipeline-app';
import { DiscoveryRounds } from './discovery-rounds';
import { DISCOVERY_STAGE, roundKey, type DiscoveryRound } from './discovery.types';

describe('discovery rounds in the checkpoint pipeline', () => {
  let target: Target;
  let world: DiscoveryWorld;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let checkpoints: CheckpointRepository;
  let runs: RunRepository;
  let runner: StageRunner;
  let discovery: DiscoveryRounds;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-discovery-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    world = await startDiscoveryWorld(dir);
    const app = await startPipelineApp(target.db, WORLD_SETTINGS, [world.module]);
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    checkpoints = app.get(CheckpointRepository);
    runs = app.get(RunRepository);
    runner = app.get(StageRunner);
    discovery = app.get(DiscoveryRounds);
  });

  afterAll(async () => {
    await close?.();
    await world?.close();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const runConfig = (runId: string, overrides: Partial<RunConfig> = {}): RunConfig => world.runConfig(runId, overrides);
  const fetches = (board: string): number => world.fetches(board);
  /** A run stored with every stage before aggregate done, as if the process stopped there. */
  const scoredRun = async (runId: string, orchestratorKind: 'checkpoint' | 'temporal'): Promise<RunConfig> => {
    const config = runConfig(runId);
    await runs.create({
      id: runId,
      orchestrator: orchestratorKind,
      engine: 'heuristic',
      config,
      startedAt: config.now,
    });
    for (const stage of STAGE_NAMES.slice(0, STAGE_NAMES.indexOf('aggregate'))) await runner.runStage(stage, runId);
    return config;
  };
  const rounds = async (runId: string): Promise<DiscoveryRound[]> =>
    (await checkpoints.loadAll<DiscoveryRound>(runId, DISCOVERY_STAGE)).map((r) => r.data);

  it('adds curated companies round by round until enough companies match, scraping each once', async () => {
    const before = BOARDS.map(fetches);
    const done: string[] = [];
    const result = await orchestrator.start(runConfig('run-rounds'), {
      onStageDone: (s, text) => done.push(`${s}: ${text}`),
    });

    expect(result.status).toBe('success');
    expect(result.stats.companiesAttempted).toBe(3);
    expect(new Set(result.jobs.map((j) => j.company))).toEqual(new Set(['Alpha', 'Beta', 'Gamma']));
    expect(BOARDS.map((b, i) => fetches(b) - (before[i] ?? 0))).toEqual([1, 1, 1, 0]);
    expect((await rounds('run-rounds')).map((r) => [r.round, r.matchesBefore, r.companies.map((c) => c.name)])).toEqual(
      [
        [2, 1, ['Beta']],
        [3, 2, ['Gamma']],
      ],
    );
    expect(done.filter((d) => d.startsWith('findCompanies'))).toEqual([
      'findCompanies: 1 companies',
      'findCompanies: round 2: 1 more companies (1 curated, 0 suggested; 1/3 companies with a good match)',
      'findCompanies: round 3: 1 more companies (1 curated, 0 suggested; 2/3 companies with a good match)',
    ]);
  });

  it('without a key, rounds take only curated companies and Claude is asked for nothing', async () => {
    const result = await orchestrator.start(runConfig('run-curated-only', { engine: 'anthropic' }));
    expect(result.status).toBe('success');
    const found = (await rounds('run-curated-only')).map((r) => [r.round, r.companies.length, r.suggested]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, n, suggested]) => (n ?? 0) <= 1 && suggested === 0)).toBe(true);
    expect(result.stats.companiesAttempted).toBe(1 + found.reduce((sum, [, n]) => sum + (n ?? 0), 0));
  });

  it('never searches more companies than --company-limit, across rounds', async () => {
    const result = await orchestrator.start(runConfig('run-capped', { companyLimit: 2 }));
    expect(result.stats.companiesAttempted).toBe(2);
    expect((await rounds('run-capped')).map((r) => [r.round, r.companies.length])).toEqual([[2, 1]]);
  });

  it('never discovers with a companies file', async () => {
    const file = path.join(dir, 'companies.yaml');
    fs.writeFileSync(file, '- { name: Alpha, careersUrl: "https://boards.greenhouse.io/alpha" }\n');
    const result = await orchestrator.start(runConfig('run-file', { companiesPath: file }));
    expect(result.stats.companiesAttempted).toBe(1);
    expect(await rounds('run-file')).toEqual([]);
  });

  it('resumes a run that stopped in the middle of a round and ends as an uninterrupted run', async () => {
    const failOnce = { armed: true };
    const crash = (company: string): void => {
      if (company === 'Beta' && failOnce.armed) {
        failOnce.armed = false;
        throw new Error('process killed');
      }
    };
    await expect(
      orchestrator.start(runConfig('run-crash'), { onScrapeProgress: (_d, _t, company) => crash(company) }),
    ).rejects.toThrow('process killed');
    const before = BOARDS.map(fetches);
    const resumed = await orchestrator.resume('run-crash');
    const whole = await orchestrator.start(runConfig('run-whole'));

    // Beta's scrape was stored before the crash: the resumed run fetched only Gamma.
    expect(BOARDS.map((b, i) => fetches(b) - (before[i] ?? 0))).toEqual([1, 1, 2, 0]);
    const view = (r: typeof whole) => r.jobs.map((j) => [j.rank, j.score, j.company, j.applyUrl]);
    expect(view(resumed)).toEqual(view(whole));
    expect(resumed.stats).toEqual(whole.stats);
    expect((await rounds('run-crash')).map((r) => r.round)).toEqual([2, 3]);
  });

  it('applies a round that was stored but not applied when the process stopped', async () => {
    const config = await scoredRun('run-stored', 'checkpoint');
    const beta = {
      name: 'Beta',
      careersUrl: 'https://boards.greenhouse.io/beta',
      regions: ['WORLD'],
      tier: 'curated' as const,
    };
    const empty = { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };
    const stored: DiscoveryRound = {
      round: 2,
      companies: [beta],
      cost: empty,
      errors: [],
      matchesBefore: 1,
      suggested: 0,
      resolved: 0,
    };
    await checkpoints.save(config.runId, DISCOVERY_STAGE, stored, roundKey(2));

    const result = await orchestrator.resume(config.runId);
    expect(result.stats.companiesAttempted).toBe(3);
    expect((await rounds(config.runId)).map((r) => [r.round, r.companies.map((c) => c.name)])).toEqual([
      [2, ['Beta']],
      [3, ['Gamma']],
    ]);
  });

  it('answers a repeated call after a round was applied with that round, opening no other', async () => {
    const config = await scoredRun('run-retried', 'temporal');

    const first = await discovery.openNextRound(config.runId);
    // A retried activity whose first attempt applied the round but never reported it.
    const again = await discovery.openNextRound(config.runId);
    expect(first).toMatchObject({ opened: true, round: { round: 2 } });
    expect(again).toEqual(first);
    expect((await rounds(config.runId)).map((r) => r.round)).toEqual([2]);
    expect(await checkpoints.load(config.runId, 'scoreJobs')).toBeUndefined();
  });
});
