import type { EngineKind, OrchestratorKind, RunConfig, RunResult, RunStatus } from '@job-hunter/domain';
import { JobHunterError } from '@job-hunter/domain';
import type { DataSource, Repository } from 'typeorm';
import { CheckpointEntity } from './entities/checkpoint.entity';
import { RunEntity } from './entities/run.entity';
import { RunInputEntity } from './entities/run-input.entity';
import { assertLength, fromJson, toIsoTimestamp, toJson } from './json-column';
import { rawJsonNumber } from './raw-sql';

export interface NewRun {
  id: string;
  orchestrator: OrchestratorKind;
  engine: EngineKind;
  config: RunConfig;
  startedAt: string;
  /** `queued`: recorded now, started later by the API's queue (launch). Default `running`. */
  status?: Extract<RunStatus, 'running' | 'queued'>;
}

/** One page of runs, newest first, and the id to ask `before` for the next page (null on the last). */
export interface RunPage {
  runs: RunSummary[];
  next: string | null;
}

/** A run as a list shows it: its own columns and its shortlist's size, without its stored config and result. */
export type RunSummary = Omit<StoredRun, 'engine' | 'config' | 'result'> & {
  /** The result's `stats.jobsInOutput`; null until the run has a result. */
  jobsInOutput: number | null;
};

export interface StoredRun {
  id: string;
  status: RunStatus;
  orchestrator: OrchestratorKind;
  engine: EngineKind;
  config: RunConfig;
  result: RunResult | null;
  startedAt: string;
  finishedAt: string | null;
  updatedAt: string;
  /** Last sign of life from the process running the stages; null in runs stored before it was kept. */
  heartbeatAt: string | null;
}

/** Runs and their results. Built from a DataSource, so it works with and without Nest. */
export class RunRepository {
  private readonly runs: Repository<RunEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.runs = dataSource.getRepository(RunEntity);
  }

  async create(run: NewRun): Promise<void> {
    assertLength(run.id, 64, 'Run id');
    if (await this.runs.existsBy({ id: run.id })) {
      throw new JobHunterError(
        'INVALID_INPUT',
        `Run ${run.id} already exists; use --resume-from ${run.id} to continue it.`,
      );
    }
    await this.runs.insert({
      id: run.id,
      status: run.status ?? 'running',
      orchestrator: run.orchestrator,
      engine: run.engine,
      config: toJson(run.config),
      result: null,
      startedAt: toIsoTimestamp(run.startedAt, 'startedAt'),
      finishedAt: null,
      updatedAt: now(),
      heartbeatAt: now(),
    });
  }

  async get(id: string): Promise<StoredRun | null> {
    const row = await this.runs.findOneBy({ id });
    return row ? toStoredRun(row) : null;
  }

  async setStatus(id: string, status: RunStatus, finishedAt?: string): Promise<void> {
    await this.update(id, {
      status,
      ...(finishedAt === undefined ? {} : { finishedAt: toIsoTimestamp(finishedAt, 'finishedAt') }),
    });
  }

  /**
   * Marks a run that its process stopped on a signal; only a `running` run, so a run that finished
   * meanwhile keeps its result's status. Returns whether it was marked.
   */
  async markInterrupted(id: string): Promise<boolean> {
    const outcome = await this.runs.update({ id, status: 'running' }, { status: 'interrupted', updatedAt: now() });
    return (outcome.affected ?? 0) > 0;
  }

  /**
   * A queued run starts now under `orchestrator` (the one chosen when it leaves the queue); only a
   * `queued` run, so one cancelled meanwhile stays cancelled. Returns whether it was started.
   */
  async startQueued(id: string, orchestrator: OrchestratorKind): Promise<boolean> {
    const run = await this.get(id);
    if (run?.status !== 'queued') return false;
    const outcome = await this.runs.update(
      { id, status: 'queued' },
      {
        status: 'running',
        orchestrator,
        config: toJson({ ...run.config, orchestrator }),
        heartbeatAt: now(),
        updatedAt: now(),
      },
    );
    return (outcome.affected ?? 0) > 0;
  }

  /** The process running the run's stages is alive; touches nothing else (not updatedAt). */
  async heartbeat(id: string): Promise<void> {
    await this.runs.update({ id }, { heartbeatAt: now() });
  }

  /** A resumed run may write its reports to another folder than the one it started with. */
  async setOutputDir(id: string, outputDir: string): Promise<void> {
    const run = await this.get(id);
    if (!run) throw runNotFound(id);
    await this.update(id, { config: toJson({ ...run.config, outputDir }) });
  }

  /** Stores the final result; the run takes the result's status and finish time. */
  async saveResult(id: string, result: RunResult): Promise<void> {
    await this.update(id, {
      status: result.status,
      result: toJson(result),
      finishedAt: toIsoTimestamp(result.finishedAt, 'result.finishedAt'),
    });
  }

  /**
   * Newest first (by start time, then id), `limit` runs after the run `before` (from the newest when
   * it is not given); an unknown `before` is RUN_NOT_FOUND. Reads the runs' columns and, from each listed run's
   * result, its shortlist size only (the database reads it out of the JSON, after the page is chosen):
   * no run's config or result is loaded.
   */
  async page(limit: number, before?: string): Promise<RunPage> {
    const query = this.runs
      .createQueryBuilder('run')
      .select(['run.id', 'run.status', 'run.orchestrator', 'run.startedAt', 'run.finishedAt', 'run.updatedAt'])
      .addSelect('run.heartbeatAt')
      .orderBy('run.startedAt', 'DESC')
      .addOrderBy('run.id', 'DESC');
    if (before !== undefined) {
      const after = await this.runs.findOne({ select: { id: true, startedAt: true }, where: { id: before } });
      if (!after) throw runNotFound(before);
      query.where('run.startedAt < :at OR (run.startedAt = :at AND run.id < :id)', {
        at: after.startedAt,
        id: after.id,
      });
    }
    const rows = await query.limit(limit + 1).getMany();
    const listed = rows.slice(0, limit);
    const sizes = await this.shortlistSizes(listed.map((row) => row.id));
    const runs = listed.map((row) => toRunSummary(row, sizes.get(row.id) ?? null));
    return { runs, next: rows.length > limit ? (runs[runs.length - 1]?.id ?? null) : null };
  }

  /** `stats.jobsInOutput` of each run's result, by run id (runs without a result left out). */
  private async shortlistSizes(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.runs
      .createQueryBuilder('run')
      .select('run.id', 'id')
      .addSelect(rawJsonNumber(this.dataSource, 'run.result', ['stats', 'jobsInOutput']), 'size')
      .where('run.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; size: number | string | null }>();
    return new Map(rows.flatMap((row) => (row.size === null ? [] : [[row.id, Number(row.size)]])));
  }

  /** The ids of the runs waiting in a queue, oldest first. */
  async queued(): Promise<string[]> {
    const rows = await this.runs.find({
      select: { id: true },
      where: { status: 'queued' },
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => r.id);
  }

  /** Deletes the run and its checkpoints. */
  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CheckpointEntity, { runId: id });
      await manager.delete(RunInputEntity, { runId: id });
      await manager.delete(RunEntity, { id });
    });
  }

  private async update(id: string, changes: Partial<RunEntity>): Promise<void> {
    const outcome = await this.runs.update({ id }, { ...changes, updatedAt: now() });
    if (outcome.affected === 0) throw runNotFound(id);
  }
}

function runNotFound(id: string): JobHunterError {
  return new JobHunterError('RUN_NOT_FOUND', `No run with id ${id}; list the runs with \`job-hunter status\`.`);
}

function toStoredRun(row: RunEntity): StoredRun {
  return {
    id: row.id,
    status: row.status as RunStatus,
    orchestrator: row.orchestrator as OrchestratorKind,
    engine: row.engine as EngineKind,
    config: fromJson<RunConfig>(row.config, `config of run ${row.id}`),
    result: row.result === null ? null : fromJson<RunResult>(row.result, `result of run ${row.id}`),
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    updatedAt: row.updatedAt,
    heartbeatAt: row.heartbeatAt ?? null,
  };
}

function toRunSummary(row: RunEntity, jobsInOutput: number | null): RunSummary {
  return {
    id: row.id,
    status: row.status as RunStatus,
    orchestrator: row.orchestrator as OrchestratorKind,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    updatedAt: row.updatedAt,
    heartbeatAt: row.heartbeatAt ?? null,
    jobsInOutput,
  };
}

function now(): string {
  return new Date().toISOString();
}
