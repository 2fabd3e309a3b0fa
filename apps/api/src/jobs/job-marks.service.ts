import { Injectable } from '@nestjs/common';
import { JobHunterError, storedJobKey, type JobMarkState, type ResultJob } from '@job-hunter/domain';
import { JobMarkRepository, RunRepository, type StoredJobMark } from '@job-hunter/persistence';
import { ApiError } from '../errors/api-error';
import { RunPipeline } from '../runs/run-pipeline';
import type { MarkRequest } from './job-mark.dto';

/** Marks on the shortlisted jobs of finished runs, held by each job's jobKey. */
@Injectable()
export class JobMarksService {
  constructor(private readonly pipeline: RunPipeline) {}

  /** Marks the job at `rank` of the run's shortlist, replacing its earlier mark (from any run). */
  async mark(runId: string, rank: number, request: MarkRequest): Promise<StoredJobMark> {
    const job = await this.shortlisted(runId, rank);
    return (await this.pipeline.get(JobMarkRepository)).put({
      jobKey: storedJobKey(job),
      state: request.state,
      at: request.at ?? today(),
      note: request.note?.trim() || null,
      title: job.title,
      company: job.company,
      applyUrl: job.applyUrl,
      runId,
    });
  }

  /** Removes the mark of the job at `rank`; nothing to remove is no error. */
  async unmark(runId: string, rank: number): Promise<void> {
    const job = await this.shortlisted(runId, rank);
    await (await this.pipeline.get(JobMarkRepository)).delete(storedJobKey(job));
  }

  async list(state?: JobMarkState): Promise<StoredJobMark[]> {
    return (await this.pipeline.get(JobMarkRepository)).list(state);
  }

  private async shortlisted(runId: string, rank: number): Promise<ResultJob> {
    const run = await (await this.pipeline.get(RunRepository)).get(runId);
    if (!run) throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}.`);
    if (!run.result) {
      throw new ApiError(409, 'RUN_NOT_FINISHED', `Run ${runId} has no shortlist yet (it is ${run.status}).`);
    }
    const job = run.result.jobs.find((j) => j.rank === rank);
    if (!job) {
      const count = run.result.jobs.length;
      throw new ApiError(404, 'JOB_NOT_FOUND', `Run ${runId} shortlisted ${count} jobs; none has rank ${rank}.`);
    }
    return job;
  }
}

/** The server's date, YYYY-MM-DD: the API runs on the person's own machine, in their time zone. */
function today(): string {
  const now = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
