import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Oracle Recruiting Cloud: being built (issue 14). */
@Injectable()
export class OracleClient implements JobBoardClient {
  readonly ats = 'oracle' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(
      new JobHunterError('BOARD_UNSUPPORTED', 'The Oracle Recruiting Cloud client is not built yet.'),
    );
  }
}
