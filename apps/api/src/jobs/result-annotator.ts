import { Injectable } from '@nestjs/common';
import { jobFacets, type JobFacets } from '@job-hunter/agents';
import {
  markResult,
  resultAsOf,
  resultJobKeys,
  type MarkedResultJob,
  type MarkedRunResult,
  type RunResult,
} from '@job-hunter/domain';
import { JobMarkRepository, ShortlistedJobRepository } from '@job-hunter/persistence';
import { RunPipeline } from '../runs/run-pipeline';

/** A result job with what the web app's results page sorts and filters it by (report.html's data-* facets). */
export interface FacetedJob extends MarkedResultJob {
  facets: JobFacets;
}

export interface AnnotatedRunResult extends MarkedRunResult {
  jobs: FacetedJob[];
  nearMisses?: FacetedJob[];
}

/**
 * A stored result as `GET /runs/:id/results` gives it: each job and near miss with its mark and
 * whether it is new (contract section 7), read from the marks and the shortlist history, and its
 * facets, worked out as report.html works them out, so the web app runs the same search/sort/filter script.
 */
@Injectable()
export class ResultAnnotator {
  constructor(private readonly pipeline: RunPipeline) {}

  async annotate(result: RunResult): Promise<AnnotatedRunResult> {
    const keys = resultJobKeys(result);
    const [marks, firstRuns] = await Promise.all([
      this.pipeline.get(JobMarkRepository).then((repository) => repository.find(keys)),
      this.pipeline.get(ShortlistedJobRepository).then((repository) => repository.firstRuns(keys)),
    ]);
    const { jobs, nearMisses, ...rest } = markResult(result, { marks, firstRuns });
    const faceted = (job: MarkedResultJob): FacetedJob => ({ ...job, facets: jobFacets(job, resultAsOf(result)) });
    return { ...rest, jobs: jobs.map(faceted), ...(nearMisses ? { nearMisses: nearMisses.map(faceted) } : {}) };
  }
}
