import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Keka: being built (issue 14). */
@Injectable()
export class KekaClient implements JobBoardClient {
  readonly ats = 'keka' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The Keka client is not built yet.'));
  }
}
