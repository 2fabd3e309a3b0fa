import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Personio: being built (issue 14). */
@Injectable()
export class PersonioClient implements JobBoardClient {
  readonly ats = 'personio' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The Personio client is not built yet.'));
  }
}
