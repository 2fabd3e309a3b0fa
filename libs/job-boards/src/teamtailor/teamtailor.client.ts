import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Teamtailor: being built (issue 14). */
@Injectable()
export class TeamtailorClient implements JobBoardClient {
  readonly ats = 'teamtailor' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The Teamtailor client is not built yet.'));
  }
}
