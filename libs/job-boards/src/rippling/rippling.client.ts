import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Rippling: being built (issue 14). */
@Injectable()
export class RipplingClient implements JobBoardClient {
  readonly ats = 'rippling' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The Rippling client is not built yet.'));
  }
}
