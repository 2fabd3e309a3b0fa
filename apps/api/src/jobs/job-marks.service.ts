import { Injectable } from '@nestjs/common';
import { JobHunterError, storedJobKey, type JobMarkState, type ResultJob } from '@job-hunter/domain';
import { JobMarkRepository, RunRepository, type StoredJobMark } from '@job-hunter/persistence';
import { ApiDatabase } from '../database/api-database';
import { ApiError } from '../errors/api-error';
import type { MarkRequest } from './job-mark.dto';

/** Marks on the shortlisted jobs of finished runs, held by each job's jobKey. */
@Injectable()
export class JobMarksService {
  constructor(private readonly database: ApiDatabase) {}

  /** Marks the job at `rank` of the run's shortlist, replacing its earlier mark (from any run). */
  async mark(runId: string, rank: number, request: MarkRequest): Promise<StoredJobMark> {
    const job = await this.shortlisted(runId, rank);
    return (await this.marks()).put({
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
    await (await this.marks()).delete(storedJobKey(job));
  }

  async list(state?: JobMarkState): Promise<StoredJobMark[]> {
    return (await this.marks()).list(state);
  }

  private async marks(): Promise<JobMarkRepository> {
    return new JobMarkRepository(await this.database.dataSource());
  }

  private async shortlisted(runId: string, rank: number): Promise<ResultJob> {
    const run = await new RunRepository(await this.database.dataSource()).get(runId);
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
