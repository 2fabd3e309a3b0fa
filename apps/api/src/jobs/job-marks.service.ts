import { Injectable } from '@nestjs/common';
import type { JobMarkState } from '@job-hunter/domain';
import { JobMarkBook, type Application, type MarkRequest } from '@job-hunter/orchestration';
import { JobMarkRepository, JobSightingRepository, RunRepository, type StoredJobMark } from '@job-hunter/persistence';
import { RunPipeline } from '../runs/run-pipeline';

/** Marks on the shortlisted jobs of finished runs, through the JobMarkBook the CLI's `jobs` commands use too. */
@Injectable()
export class JobMarksService {
  constructor(private readonly pipeline: RunPipeline) {}

  async mark(runId: string, rank: number, request: MarkRequest): Promise<StoredJobMark> {
    return (await this.book()).mark(runId, rank, request);
  }

  async unmark(runId: string, rank: number): Promise<void> {
    await (await this.book()).unmark(runId, rank);
  }

  async list(state?: JobMarkState): Promise<Application[]> {
    return (await this.book()).list(state);
  }

  private async book(): Promise<JobMarkBook> {
    const [runs, marks, sightings] = await Promise.all([
      this.pipeline.get(RunRepository),
      this.pipeline.get(JobMarkRepository),
      this.pipeline.get(JobSightingRepository),
    ]);
    return new JobMarkBook({ runs, marks, sightings });
  }
}
