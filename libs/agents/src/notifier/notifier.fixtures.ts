import { Test } from '@nestjs/testing';
import { AppConfigModule, loadConfig } from '@job-hunter/config';
import type { ResultJob, RunResult } from '@job-hunter/domain';
import { NotifierAgent } from './notifier.agent';
import { NotifierModule } from './notifier.module';

/** Builders for the notifier's tests. */
export function resultJob(rank: number, over: Partial<ResultJob> = {}): ResultJob {
  return {
    rank,
    jobKey: `job-${rank}`,
    score: 100 - rank,
    title: `Backend Engineer ${rank}`,
    company: 'Acme',
    location: 'Berlin, Germany',
    remote: 'remote',
    postedAt: '2024-05-01T00:00:00.000Z',
    applyUrl: `https://jobs.lever.co/acme/${rank}`,
    ats: 'lever',
    matchedSkills: ['Go'],
    missingSkills: [],
    reasons: [`Reason A${rank}`, `Reason B${rank}`, `Reason C${rank}`],
    ...over,
  };
}

export function runResult(jobs: ResultJob[], over: Partial<RunResult> = {}): RunResult {
  return {
    runId: 'run-7',
    status: 'success',
    orchestrator: 'checkpoint',
    engine: 'heuristic',
    startedAt: '2024-05-10T00:00:00.000Z',
    finishedAt: '2024-05-10T00:01:00.000Z',
    stats: {
      companiesAttempted: 5,
      companiesSucceeded: 5,
      jobsScraped: 120,
      jobsAfterDedupe: 110,
      jobsScored: 60,
      jobsInOutput: jobs.length,
      dropped: {},
    },
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    errors: [],
    jobs,
    ...over,
  };
}

/** The notifier as Nest wires it (the SMTP channel, then the file channel) under these JH_* settings. */
export async function wiredNotifier(settings: Record<string, string> = {}): Promise<NotifierAgent> {
  const mod = await Test.createTestingModule({
    imports: [AppConfigModule.forRoot(loadConfig(settings)), NotifierModule],
  }).compile();
  return mod.get(NotifierAgent);
}
