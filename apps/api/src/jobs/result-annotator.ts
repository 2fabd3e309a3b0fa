import { Injectable } from '@nestjs/common';
import { markResult, resultJobKeys, type MarkedRunResult, type RunResult } from '@job-hunter/domain';
import { JobMarkRepository, ShortlistedJobRepository } from '@job-hunter/persistence';
import { ApiDatabase } from '../database/api-database';

/**
 * A stored result as `GET /runs/:id/results` gives it: each job and near miss with its mark and
 * whether it is new (contract section 7), read from the marks and the shortlist history.
 */
@Injectable()
export class ResultAnnotator {
  constructor(private readonly database: ApiDatabase) {}

  async annotate(result: RunResult): Promise<MarkedRunResult> {
    const dataSource = await this.database.dataSource();
    const keys = resultJobKeys(result);
    const [marks, firstRuns] = await Promise.all([
      new JobMarkRepository(dataSource).find(keys),
      new ShortlistedJobRepository(dataSource).firstRuns(keys),
    ]);
    return markResult(result, { marks, firstRuns });
  }
}
