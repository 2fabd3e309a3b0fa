// Test support for the workflow's int tests: stub activities with configurable delays, costs
// (reported as the run ledger's total, as the real ones do) and failures that record what ran, on which queue, and what was cancelled.
import { Context } from '@temporalio/activity';
import { addCosts, runStatus } from '@job-hunter/domain';
import type { JobHuntActivities } from '../../activities/activity-contract';
import type { StageName } from '../../../stages/stage-names';

export type StubName = keyof JobHuntActivities;

export interface StubBehaviour {
  delayMs?: number | ((index: number) => number);
  costUsd?: number | ((index: number) => number);
  /** An error to throw on this attempt (1-based), or undefined to succeed. */
  fail?: (attempt: number, index: number) => Error | undefined;
}

export interface StubCall {
  name: StubName;
  index: number;
  input: unknown;
  taskQueue: string;
  attempt: number;
  outcome: 'running' | 'ok' | 'failed' | 'cancelled';
  /** Positions on one clock of starts and ends, to tell what finished before what began. */
  startSeq: number;
  endSeq?: number;
}

export interface StubOptions {
  companies?: number;
  /** The run's company count after each discovery round (default: no round adds any). */
  discovered?: number[];
  behaviour?: Partial<Record<StubName, StubBehaviour>>;
}

const STAGE_OF: Record<StubName, StageName> = {
  parseResume: 'parseResume',
  parsePreferences: 'parsePreferences',
  findCompanies: 'findCompanies',
  scrapeCompany: 'scrapeJobs',
  finishScrape: 'scrapeJobs',
  processJobs: 'processJobs',
  scoreJobs: 'scoreJobs',
  discoverCompanies: 'findCompanies',
  aggregate: 'aggregate',
  notify: 'notify',
  openSearchRun: 'parseResume',
  finishSearchRun: 'notify',
};

const pick = (v: number | ((i: number) => number) | undefined, i: number): number =>
  typeof v === 'function' ? v(i) : (v ?? 0);

export class StubLog {
  readonly calls: StubCall[] = [];
  private inFlight = new Map<StubName, number>();
  private peak = new Map<StubName, number>();
  private clock = 0;

  tick(): number {
    return ++this.clock;
  }

  enter(name: StubName, call: StubCall): void {
    this.calls.push(call);
    const now = (this.inFlight.get(name) ?? 0) + 1;
    this.inFlight.set(name, now);
    this.peak.set(name, Math.max(now, this.peak.get(name) ?? 0));
  }

  leave(name: StubName, call: StubCall): void {
    call.endSeq = this.tick();
    this.inFlight.set(name, (this.inFlight.get(name) ?? 1) - 1);
  }

  maxInFlight(name: StubName): number {
    return this.peak.get(name) ?? 0;
  }

  called(name: StubName): StubCall[] {
    return this.calls.filter((c) => c.name === name);
  }

  /** The first call of `name` (throws when there was none). */
  first(name: StubName): StubCall {
    const call = this.calls.find((c) => c.name === name);
    if (!call) throw new Error(`${name} was never called`);
    return call;
  }

  /** Activity names in the order they first started. */
  order(): StubName[] {
    return [...new Set(this.calls.map((c) => c.name))];
  }
}

/** Waits while heartbeating, so a cancellation from the workflow reaches the stub. */
async function busy(ms: number): Promise<void> {
  const ctx = Context.current();
  for (let left = ms; left > 0; left -= 50) {
    ctx.heartbeat();
    await ctx.sleep(Math.min(50, left));
  }
}

function boardCounts(log: StubLog): { companiesAttempted: number; companiesSucceeded: number } {
  const scrapes = log.called('scrapeCompany');
  const answered = scrapes.filter((c) => c.outcome === 'ok');
  return {
    companiesAttempted: new Set(scrapes.map((c) => c.index)).size,
    companiesSucceeded: new Set(answered.map((c) => c.index)).size,
  };
}

export function createStubActivities(options: StubOptions = {}): { activities: JobHuntActivities; log: StubLog } {
  const log = new StubLog();
  const companies = options.companies ?? 3;
  let rounds = 0;
  // The run ledger as the real activities keep it: a paid stub adds its cost and reports the total.
  const ledger = { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };

  const run = async <R>(name: StubName, input: unknown, extra: (index: number) => R) => {
    const ctx = Context.current();
    const index = typeof input === 'object' && input && 'index' in input ? Number(input.index) : 0;
    const call: StubCall = {
      name,
      index,
      input,
      taskQueue: ctx.info.taskQueue,
      attempt: ctx.info.attempt,
      outcome: 'running',
      startSeq: log.tick(),
    };
    log.enter(name, call);
    const behaviour = options.behaviour?.[name] ?? {};
    try {
      await busy(pick(behaviour.delayMs, index));
      const failure = behaviour.fail?.(ctx.info.attempt, index);
      if (failure) throw failure;
      call.outcome = 'ok';
      const usd = pick(behaviour.costUsd, index);
      if (usd > 0)
        Object.assign(ledger, addCosts(ledger, { inputTokens: 1000, outputTokens: 100, estimatedCostUsd: usd }));
      const cost = usd > 0 ? { cost: { ...ledger } } : {};
      return { stage: STAGE_OF[name], summary: `${name} done`, ...cost, ...extra(index) };
    } catch (e) {
      call.outcome = ctx.cancellationSignal.aborted ? 'cancelled' : 'failed';
      throw e;
    } finally {
      log.leave(name, call);
    }
  };

  const activities: JobHuntActivities = {
    parseResume: (input) => run('parseResume', input, () => ({})),
    parsePreferences: (input) => run('parsePreferences', input, () => ({})),
    findCompanies: (input) => run('findCompanies', input, () => ({ companies })),
    scrapeCompany: (input) => run('scrapeCompany', input, (index) => ({ index, company: `Company ${index}`, jobs: 2 })),
    finishScrape: (input) => run('finishScrape', input, () => ({})),
    processJobs: (input) => run('processJobs', input, () => ({})),
    scoreJobs: (input) => run('scoreJobs', input, () => ({})),
    discoverCompanies: (input) =>
      run('discoverCompanies', input, () => {
        const list = options.discovered ?? [];
        return { companies: list[Math.min(rounds++, list.length - 1)] ?? companies, errors: [] };
      }),
    // The real aggregate's status rule, on the boards the stub scrapes asked and heard from.
    aggregate: (input) =>
      run('aggregate', input, () => ({
        status: runStatus(boardCounts(log), input.extraErrors, input.status),
        jobsInOutput: 5,
      })),
    notify: (input) => run('notify', input, () => ({})),
    openSearchRun: (input) => run('openSearchRun', input, () => ({ runId: input.runId, budgetUsd: 10 })),
    finishSearchRun: (input) => run('finishSearchRun', input, () => ({})),
  };
  return { activities, log };
}
