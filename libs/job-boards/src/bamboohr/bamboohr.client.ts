import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** BambooHR: being built (issue 14). */
@Injectable()
export class BambooHrClient implements JobBoardClient {
  readonly ats = 'bamboohr' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The BambooHR client is not built yet.'));
  }
}
