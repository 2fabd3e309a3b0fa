import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { JobHunterError, type MarkedRunResult, type Understanding } from '@job-hunter/domain';
import { OrchestratorSelector, loadRunUnderstanding } from '@job-hunter/orchestration';
import { CheckpointRepository, RunRepository, type StoredRun } from '@job-hunter/persistence';
import { ApiError } from '../errors/api-error';
import { ResultAnnotator } from '../jobs/result-annotator';
import { RunEvents } from './run-events';
import { runFileHeaders } from './run-files';
import { RunPipeline } from './run-pipeline';
import { listItem, runView, type RunListItem, type RunView } from './run-view';

/** A served run file: its bytes and the headers it goes with. */
export interface RunFile {
  body: Buffer;
  headers: Record<string, string>;
}

/** What the API reads of runs: the list, one run's state, its result, its files. */
@Injectable()
export class RunReader {
  constructor(
    private readonly pipeline: RunPipeline,
    private readonly events: RunEvents,
    private readonly annotator: ResultAnnotator,
  ) {}

  /** Newest first, `limit` after the run `before`. */
  async list(limit: number, before?: string): Promise<{ runs: RunListItem[]; next: string | null }> {
    const [runs, checkpoints] = [await this.pipeline.get(RunRepository), await this.pipeline.get(CheckpointRepository)];
    const page = await runs.page(limit, before);
    const items = await Promise.all(
      page.runs.map(async (run) => listItem(run, run.status === 'running' ? await checkpoints.stages(run.id) : [])),
    );
    return { runs: items, next: page.next };
  }

  /** The run as its orchestrator reports it (Temporal's progress query for a Temporal run still going). */
  async view(runId: string): Promise<RunView> {
    const run = await this.run(runId);
    const selector = await this.pipeline.get(OrchestratorSelector);
    const status = await selector.owner(run.orchestrator).status(runId);
    const reading = status.result?.reading ?? (await this.understanding(runId))?.reading;
    return runView(status, reading, this.events.progressOf(runId));
  }

  /** What the run understood of the preferences (contract section 6), once it has read them. */
  async understanding(runId: string): Promise<Understanding | undefined> {
    return loadRunUnderstanding(await this.pipeline.get(CheckpointRepository), runId);
  }

  /** The result object, each job with its mark and whether it is new; 409 RUN_NOT_FINISHED until there is one. */
  async results(runId: string): Promise<MarkedRunResult> {
    const run = await this.run(runId);
    if (!run.result) {
      throw new ApiError(409, 'RUN_NOT_FINISHED', `Run ${runId} has no result yet (${run.status}).`);
    }
    return this.annotator.annotate(run.result);
  }

  /** A file of the run folder, by a name of the fixed list; 404 FILE_NOT_FOUND otherwise. */
  async file(runId: string, name: string): Promise<RunFile> {
    const run = await this.run(runId);
    const notFound = new ApiError(404, 'FILE_NOT_FOUND', `Run ${runId} has no file ${JSON.stringify(name)}.`);
    if (!runFileHeaders(name, Buffer.alloc(0))) throw notFound;
    const body = await readFile(path.join(run.config.outputDir, runId, name)).catch(() => undefined);
    if (!body) throw notFound;
    return { body, headers: runFileHeaders(name, body) as Record<string, string> };
  }

  async run(runId: string): Promise<StoredRun> {
    const run = await (await this.pipeline.get(RunRepository)).get(runId);
    if (!run) throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}.`);
    return run;
  }
}
