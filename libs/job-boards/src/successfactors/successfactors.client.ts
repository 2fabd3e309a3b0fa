import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, JobBoardClient } from '../job-board-client';

/** SAP SuccessFactors: being built (issue 14). */
@Injectable()
export class SuccessFactorsClient implements JobBoardClient {
  readonly ats = 'successfactors' as const;

  detect(): { board: string } | null {
    return null;
  }

  fetchJobs(): Promise<BoardFetchResult> {
    return Promise.reject(new JobHunterError('BOARD_UNSUPPORTED', 'The SAP SuccessFactors client is not built yet.'));
  }
}
