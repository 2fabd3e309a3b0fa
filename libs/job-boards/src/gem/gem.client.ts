import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Gem: being built (issue 14). */
@Injectable()
export class GemClient implements JobBoardClient {
  readonly ats = 'gem' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The Gem client is not built yet.'));
  }
}
