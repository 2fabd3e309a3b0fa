import { Injectable } from '@nestjs/common';
import type { JobMarkState } from '@job-hunter/domain';
import { JobMarkBook, type ApplicationPage, type MarkRequest } from '@job-hunter/orchestration';
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

  async page(limit: number, options: { state?: JobMarkState; before?: string }): Promise<ApplicationPage> {
    return (await this.book()).page(limit, options);
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
