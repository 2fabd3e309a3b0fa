import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** Zoho Recruit: being built (issue 14). */
@Injectable()
export class ZohoRecruitClient implements JobBoardClient {
  readonly ats = 'zohorecruit' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The Zoho Recruit client is not built yet.'));
  }
}
